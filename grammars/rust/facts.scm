; Rust (aws-config, aws-sdk-*, aws-credential-types): aws-semantics.md §6.5.
; Names are recognised by aws/source_names (region, profile_name, endpoint_url, ...);
; this file only says where a name/value pair is and which chain makes it an SDK one.
; Compile time: an inner `(_ field: ...)` stands for the one node type those fields (or the
; parent's field) allow, e.g. `arguments: (_` for the argument list; a concrete parent type
; costs ts_query_new a parse-table analysis (tests/tools/query_compile_time --patterns).

; aws_config::defaults(BehaviorVersion::latest()).region(..).load().await,
; aws_sdk_s3::config::Builder::new().region(..).build(): the chain ends in load()/build(),
; and the settings below belong to it.
(call_expression
  function: (_
    value: (_) @_receiver
    field: (field_identifier) @_end)
  (#any-of? @_end "load" "build")
  (#match? @_receiver "^(aws_config::|aws_sdk_[a-z0-9_]+::|aws_types::|SdkConfig::builder\\(|[A-Za-z]*Config::builder\\(|[A-Za-z:]*Builder::(new|from)\\()")) @scope.call

; .region(Region::new("us-west-2")), .region(Region::from_static("eu-west-1")) in such a
; chain: the region's literal.
(call_expression
  function: (_
    value: (_) @_receiver
    field: (field_identifier) @fact.name)
  arguments: (_
    .
    (_
      function: (_) @_region
      arguments: (_
        .
        (_) @fact.value
        .))
    .)
  (#match? @_receiver "^(aws_config::|aws_sdk_[a-z0-9_]+::|aws_types::|SdkConfig::builder\\(|[A-Za-z]*Config::builder\\(|[A-Za-z:]*Builder::(new|from)\\()")
  (#match? @_region "(^|::)Region::(new|from_static)$"))

; .profile_name("dev"), .endpoint_url("https://..."), .region(region) in such a chain.
(call_expression
  function: (_
    value: (_) @_receiver
    field: (field_identifier) @fact.name)
  arguments: (_
    .
    (_) @fact.value
    .)
  (#match? @_receiver "^(aws_config::|aws_sdk_[a-z0-9_]+::|aws_types::|SdkConfig::builder\\(|[A-Za-z]*Config::builder\\(|[A-Za-z:]*Builder::(new|from)\\()")
  (#not-match? @fact.value "(^|::)Region::(new|from_static)\\("))

; RegionProviderChain::default_provider().or_else("us-east-1"),
; RegionProviderChain::first_try(Region::new("eu-west-1")): the regions of the chain.
(call_expression
  function: [
    (_
      value: (_) @_receiver
      field: (field_identifier) @_method)
    (_
      path: (_) @_receiver
      name: (identifier) @_method)
  ]
  arguments: (_
    .
    [
      (_
        function: (_) @_region
        arguments: (_
          .
          (_) @fact.region
          .))
      (_) @fact.region @_plain
    ]
    .)
  (#any-of? @_method "or_else" "first_try")
  (#match? @_receiver "^RegionProviderChain")
  (#match? @_region "(^|::)Region::(new|from_static)$")
  (#not-match? @_plain "(^|::)Region::(new|from_static)\\("))

; Credentials::new(akid, secret, token, expiry, "provider"),
; Credentials::from_keys(akid, secret, token): key and secret, "x".to_string() and
; String::from("x") unwrapped.
(call_expression
  function: (_) @_ctor
  arguments: (_
    .
    [
      (_
        function: (_
          value: (string_literal) @fact.access_key_id
          field: (field_identifier) @_conversion))
      (_
        function: (_) @_from
        arguments: (_
          .
          (string_literal) @fact.access_key_id
          .))
      (_) @fact.access_key_id @_key
    ]
    .
    [
      (_
        function: (_
          value: (string_literal) @fact.secret_access_key
          field: (field_identifier) @_conversion))
      (_
        function: (_) @_from
        arguments: (_
          .
          (string_literal) @fact.secret_access_key
          .))
      (_) @fact.secret_access_key @_secret
    ]
    .
    (_)
    .
    ((_)
      .
      (_))?
    .)
  (#match? @_ctor "(^|::)Credentials::(new|from_keys)$")
  (#any-of? @_conversion "to_string" "to_owned" "into")
  (#eq? @_from "String::from")
  (#not-match? @_key "^(\".*\"\\.(to_string|to_owned|into)\\(\\)|String::from\\(\")")
  (#not-match? @_secret "^(\".*\"\\.(to_string|to_owned|into)\\(\\)|String::from\\(\")")) @scope.call

; The same constructors' third argument: Some(token) is the session token, None none.
(call_expression
  function: (_) @_ctor
  arguments: (_
    .
    (_)
    .
    (_)
    .
    (_
      function: (identifier) @_some
      arguments: (_
        .
        [
          (_
            function: (_
              value: (string_literal) @fact.session_token
              field: (field_identifier) @_conversion))
          (_
            function: (_) @_from
            arguments: (_
              .
              (string_literal) @fact.session_token
              .))
          (_) @fact.session_token @_token
        ]
        .))
    .
    ((_)
      .
      (_))?
    .)
  (#match? @_ctor "(^|::)Credentials::(new|from_keys)$")
  (#eq? @_some "Some")
  (#any-of? @_conversion "to_string" "to_owned" "into")
  (#eq? @_from "String::from")
  (#not-match? @_token "^(\".*\"\\.(to_string|to_owned|into)\\(\\)|String::from\\(\")")) @scope.call

; A token held in a variable or returned by a call (an Option the code computes).
(call_expression
  function: (_) @_ctor
  arguments: (_
    .
    (_)
    .
    (_)
    .
    [
      (identifier)
      (field_expression)
      (_
        function: (field_expression))
    ] @fact.session_token
    .
    ((_)
      .
      (_))?
    .)
  (#match? @_ctor "(^|::)Credentials::(new|from_keys)$")
  (#not-eq? @fact.session_token "None")) @scope.call

; std::env::var("AWS_REGION").unwrap_or("us-east-1".to_string()),
; env::var("AWS_PROFILE").unwrap_or_else(|_| "dev".into()): the default is a literal the
; program may use.
(call_expression
  function: (_
    value: (_
      function: (_) @_var
      arguments: (_
        .
        (string_literal) @fact.env_read
        .))
    field: (field_identifier) @_unwrap)
  arguments: (_
    .
    [
      (string_literal) @fact.value
      (_
        function: (_
          value: (string_literal) @fact.value))
      (_
        function: (_) @_from
        arguments: (_
          .
          (string_literal) @fact.value
          .))
      (closure_expression
        body: [
          (string_literal) @fact.value
          (_
            function: (_
              value: (string_literal) @fact.value))
          (_
            function: (_) @_from
            arguments: (_
              .
              (string_literal) @fact.value
              .))
        ])
    ]
    .)
  (#match? @_var "^(std::)?env::var$")
  (#any-of? @_unwrap "unwrap_or" "unwrap_or_else")
  (#eq? @_from "String::from")) @scope.call

; std::env::set_var("AWS_PROFILE", "dev"): the program sets the variable itself.
(call_expression
  function: (_) @_set_var
  arguments: (_
    .
    (string_literal) @fact.env_read
    .
    (_) @fact.value
    .)
  (#match? @_set_var "^(std::)?env::set_var$")) @scope.call

; let region = "us-east-1"; let region = Region::new("us-east-1"); let key =
; "x".to_string(); const REGION: &str = "us-east-1"; static ...: a name and its value.
([
  (let_declaration
    pattern: (identifier) @local.name
    value: [
      (_
        function: (_
          value: (string_literal) @local.value
          field: (field_identifier) @_conversion))
      (_
        function: (_) @_from
        arguments: (_
          .
          (string_literal) @local.value
          .))
      (_) @local.value @_plain
    ])
  (const_item
    name: (identifier) @local.name
    value: (_) @local.value)
  (static_item
    name: (identifier) @local.name
    value: (_) @local.value)
]
  (#any-of? @_conversion "to_string" "to_owned" "into")
  (#match? @_from "^(String::from|(.*::)?Region::(new|from_static))$")
  (#not-match? @_plain "^(\".*\"\\.(to_string|to_owned|into)\\(\\)|String::from\\(\"|(.*::)?Region::(new|from_static)\\(\")"))

; region = "us-east-1"; (a plain reassignment).
(assignment_expression
  left: (identifier) @local.name
  right: (_) @local.value)
