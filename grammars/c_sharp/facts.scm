; C# (AWS SDK for .NET, Amazon.* / Amazon.Runtime): aws-semantics.md §6.5.
; Names are recognised by aws/source_names (RegionEndpoint, ServiceURL, AWSRegion,
; Profile, ...); this file only says where a name/value pair is.
;
; Scopes: a declaration or statement groups what it builds, so
; `new AmazonS3Client(new BasicAWSCredentials(id, secret), RegionEndpoint.USEast1)` and
; `new AmazonS3Config { RegionEndpoint = ..., ServiceURL = ... }` are one scope each.
; Compile time: an inner `(_ field: ...)` stands for the one node type those fields (or the
; parent's field) allow, e.g. `arguments: (_` for the argument list; a concrete parent type
; costs ts_query_new a parse-table analysis (tests/tools/query_compile_time --patterns).

; var x = ...; (locals, fields, using declarations), statements, expression bodies.
(variable_declarator) @scope.block

(expression_statement) @scope.block

(return_statement) @scope.block

(arrow_expression_clause
  (_) @scope.block)

; new BasicAWSCredentials(accessKey, secretKey)
(object_creation_expression
  type: (_) @_type
  arguments: (_
    .
    (argument
      (_) @fact.access_key_id
      .)
    .
    (argument
      (_) @fact.secret_access_key
      .))
  (#match? @_type "(^|\\.)BasicAWSCredentials$"))

; new SessionAWSCredentials(accessKey, secretKey, token)
(object_creation_expression
  type: (_) @_type
  arguments: (_
    .
    (argument
      (_) @fact.access_key_id
      .)
    .
    (argument
      (_) @fact.secret_access_key
      .)
    .
    (argument
      (_) @fact.session_token
      .))
  (#match? @_type "(^|\\.)SessionAWSCredentials$"))

; new AmazonS3Client(accessKey, secretKey, RegionEndpoint.USEast1 | config): every
; three-argument client constructor starts with the key pair.
(object_creation_expression
  type: (_) @_type
  arguments: (_
    .
    (argument
      (_) @fact.access_key_id
      .)
    .
    (argument
      (_) @fact.secret_access_key
      .)
    .
    (argument)
    .)
  (#match? @_type "(^|\\.)Amazon\\w*Client$"))

; new AmazonS3Client(accessKey, secretKey, token, RegionEndpoint.USEast1 | config)
(object_creation_expression
  type: (_) @_type
  arguments: (_
    .
    (argument
      (_) @fact.access_key_id
      .)
    .
    (argument
      (_) @fact.secret_access_key
      .)
    .
    (argument
      (_) @fact.session_token
      .)
    .
    (argument)
    .)
  (#match? @_type "(^|\\.)Amazon\\w*Client$"))

; new AmazonS3Client("key", "secret"): the two-argument form also takes (credentials,
; region) and (credentials, config), so only a literal first argument decides.
(object_creation_expression
  type: (_) @_type
  arguments: (_
    .
    (argument
      [
        (string_literal)
        (verbatim_string_literal)
        (raw_string_literal)
      ] @fact.access_key_id
      .)
    .
    (argument
      (_) @fact.secret_access_key
      .)
    .)
  (#match? @_type "(^|\\.)Amazon\\w*Client$"))

; new AmazonS3Client(credentials, RegionEndpoint.USEast1)
(object_creation_expression
  type: (_) @_type
  arguments: (_
    (argument
      (_
        expression: (identifier) @_region_endpoint) @fact.region
      .))
  (#match? @_type "(^|\\.)Amazon\\w*Client$")
  (#eq? @_region_endpoint "RegionEndpoint"))

; RegionEndpoint.GetBySystemName("us-east-1")
(invocation_expression
  function: (_
    expression: (identifier) @_region_endpoint
    name: (identifier) @_get)
  arguments: (_
    .
    (argument
      (_) @fact.region
      .)
    .)
  (#eq? @_region_endpoint "RegionEndpoint")
  (#eq? @_get "GetBySystemName"))

; new AmazonS3Config { RegionEndpoint = RegionEndpoint.USEast1, ServiceURL = "..." },
; new AWSOptions { Profile = "dev", Region = RegionEndpoint.EUWest1 }
(object_creation_expression
  type: (_) @_type
  initializer: (_
    (assignment_expression
      left: (identifier) @fact.name
      right: (_) @fact.value))
  (#match? @_type "(^|\\.)(Amazon\\w*Config|AWSOptions)$")
  (#not-match? @fact.value "^RegionEndpoint\\s*\\.\\s*GetBySystemName\\s*\\("))

; config.RegionEndpoint = RegionEndpoint.USEast1; config.ServiceURL = "...": properties
; only the SDK's client configs have.
(assignment_expression
  left: (member_access_expression
    name: (identifier) @fact.name)
  right: (_) @fact.value
  (#any-of? @fact.name "RegionEndpoint" "ServiceURL" "AuthenticationRegion")
  (#not-match? @fact.value "^RegionEndpoint\\s*\\.\\s*GetBySystemName\\s*\\("))

; AWSConfigs.AWSRegion = "us-east-1"; AWSConfigs.AWSProfileName = "dev"
(assignment_expression
  left: (_
    expression: (_) @_configs
    name: (identifier) @fact.name)
  right: (_) @fact.value
  (#match? @_configs "(^|\\.)AWSConfigs$")
  (#not-match? @fact.value "^RegionEndpoint\\s*\\.\\s*GetBySystemName\\s*\\("))

; new StoredProfileAWSCredentials("dev"), new StoredProfileAWSCredentials("dev", path)
(object_creation_expression
  type: (_) @_type
  arguments: (_
    .
    (argument
      (_) @fact.profile
      .))
  (#match? @_type "(^|\\.)StoredProfileAWSCredentials$"))

; new CredentialProfileStoreChain().TryGetAWSCredentials("dev", out var credentials),
; chain.TryGetProfile("dev", out var profile)
(invocation_expression
  function: (member_access_expression
    name: (identifier) @_method)
  arguments: (_
    .
    (argument
      (_) @fact.profile
      .))
  (#any-of? @_method "TryGetAWSCredentials" "TryGetProfile"))

; Environment.GetEnvironmentVariable("AWS_REGION") ?? "us-east-1": the default is a
; literal the program may use.
(binary_expression
  left: (_
    function: (_
      expression: (identifier) @_environment
      name: (identifier) @_get)
    arguments: (_
      .
      (argument
        (string_literal) @fact.env_read
        .)
      .))
  operator: "??"
  right: (_) @fact.value
  (#eq? @_environment "Environment")
  (#eq? @_get "GetEnvironmentVariable"))

; Environment.SetEnvironmentVariable("AWS_PROFILE", "dev"): the program sets the variable;
; the variables one block sets pair with each other.
(block
  (expression_statement
    (_
      function: (_
        expression: (identifier) @_environment
        name: (identifier) @_set)
      arguments: (_
        .
        (argument
          (string_literal) @fact.env_read
          .)
        .
        (argument
          (_) @fact.value
          .))))
  (#eq? @_environment "Environment")
  (#eq? @_set "SetEnvironmentVariable")) @scope.block

; const string Key = "..."; var region = "...": locals the data flow can resolve.
(variable_declarator
  name: (identifier) @local.name
  .
  (_) @local.value)

(assignment_expression
  left: (identifier) @local.name
  right: (_) @local.value)
