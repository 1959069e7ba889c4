; Ruby (aws-sdk v2/v3 `Aws::`, aws-sdk v1 `AWS::`): aws-semantics.md §6.5.
; Names are recognised by aws/source_names (region, access_key_id, profile, ...);
; this file only says where a name/value pair is.
; Compile time: an inner `(_ field: ...)` stands for the one node type those fields (or the
; parent's field) allow, e.g. `arguments: (_` for the argument list; a concrete parent type
; costs ts_query_new a parse-table analysis (tests/tools/query_compile_time --patterns).

; Aws::S3::Client.new(region: "us-east-1", access_key_id: KEY, profile: "dev"),
; Aws::SharedCredentials.new(profile_name: "dev"),
; Aws::AssumeRoleCredentials.new(role_arn: "arn:...", role_session_name: "x"),
; AWS::S3.new(:region => "us-east-1") (v1), Aws::S3::Resource.new({region: "x"})
(call
  receiver: (_) @_class
  method: (identifier) @_new
  arguments: (_
    [
      (pair
        key: (_) @fact.name
        value: (_) @fact.value)
      (hash
        (pair
          key: (_) @fact.name
          value: (_) @fact.value))
    ])
  (#eq? @_new "new")
  (#match? @_class "^(::)?(Aws|AWS)::")) @scope.call

; Aws.config.update(region: "us-east-1", credentials: ...) (v2/v3),
; AWS.config(access_key_id: KEY, secret_access_key: SECRET, region: "x") (v1)
(call
  receiver: [
    (constant) @_aws
    (_
      receiver: (constant) @_aws
      method: (identifier) @_config)
  ]
  method: (identifier) @_method
  arguments: (_
    [
      (pair
        key: (_) @fact.name
        value: (_) @fact.value)
      (hash
        (pair
          key: (_) @fact.name
          value: (_) @fact.value))
    ])
  (#match? @_aws "^(Aws|AWS)$")
  (#any-of? @_method "update" "config")
  (#any-of? @_config "config")) @scope.call

; Aws::Credentials.new(access_key_id, secret_access_key, session_token):
; the key and the secret are the first two positional arguments...
(call
  receiver: (_) @_class
  method: (identifier) @_new
  arguments: (_
    .
    (comment)*
    .
    (_) @fact.access_key_id
    .
    (comment)*
    .
    (_) @fact.secret_access_key)
  (#eq? @_new "new")
  (#match? @_class "^(::)?(Aws|AWS)::(Core::)?Credentials$")
  (#not-match? @fact.access_key_id "^#")
  (#not-match? @fact.secret_access_key "^#")) @scope.call

; ...and the session token the third, unless that is a keyword (account_id: "x").
(call
  receiver: (_) @_class
  method: (identifier) @_new
  arguments: (_
    .
    (comment)*
    .
    (_) @_key_id
    .
    (comment)*
    .
    (_) @_secret
    .
    (comment)*
    .
    (_) @fact.session_token)
  (#eq? @_new "new")
  (#match? @_class "^(::)?(Aws|AWS)::(Core::)?Credentials$")
  (#not-match? @_key_id "^#")
  (#not-match? @_secret "^#")
  (#not-match? @fact.session_token "^(#|\\w+:|:\\w+\\s*=>|\"\\w+\"\\s*=>)")) @scope.call

; Aws.config[:region] = "us-east-1": every such assignment in one body is one scope,
; so a key and its secret set on two lines pair with each other.
(_
  (assignment
    left: (_
      object: (_
        receiver: (constant) @_aws
        method: (identifier) @_config)
      .
      (_) @fact.name)
    right: (_) @fact.value)
  (#match? @_aws "^(Aws|AWS)$")
  (#eq? @_config "config")) @scope.block

; ENV.fetch("AWS_REGION", "us-east-1"): the default is a literal the program may use.
(call
  receiver: (constant) @_env
  method: (identifier) @_fetch
  arguments: (_
    .
    (string) @fact.env_read
    .
    (_) @fact.value)
  (#eq? @_env "ENV")
  (#eq? @_fetch "fetch")) @scope.call

; ENV["AWS_REGION"] || "us-east-1", ENV.fetch("AWS_REGION", nil) || "x"
(binary
  left: [
    (_
      object: (constant) @_env
      .
      (string) @fact.env_read .)
    (_
      receiver: (constant) @_env
      method: (identifier) @_fetch
      arguments: (_
        .
        (string) @fact.env_read))
  ]
  operator: [
    "||"
    "or"
  ]
  right: (_) @fact.value
  (#eq? @_env "ENV")
  (#any-of? @_fetch "fetch")) @scope.call

; ENV["AWS_PROFILE"] = "dev", ENV["AWS_REGION"] ||= "us-east-1": the program sets the
; variable itself.
(
  [
    (assignment
      left: (_
        object: (constant) @_env
        .
        (string) @fact.env_read .)
      right: (_) @fact.value)
    (operator_assignment
      left: (_
        object: (constant) @_env
        .
        (string) @fact.env_read .)
      right: (_) @fact.value)
  ] @scope.block
  (#eq? @_env "ENV"))

; region = "us-east-1", REGION = "us-east-1": a local or constant the data flow can resolve.
(assignment
  left: [
    (identifier)
    (constant)
  ] @local.name
  right: (_) @local.value)
