; Go (aws-sdk-go v1 and aws-sdk-go-v2): aws-semantics.md §6.3.
; Names are recognised by aws/source_names (Region, Endpoint, Profile, AccessKeyID,
; SecretAccessKey, SessionToken, BaseEndpoint, ...); this file only says where a
; name/value pair is and which callee or type makes it an SDK one.

; v1 aws.Config{Region: aws.String("us-west-2"), Endpoint: aws.String(url)},
; session.Options{Profile: "dev"}, v2 aws.Config{Region: "us-east-1"},
; aws.Credentials{AccessKeyID: id, ...}, v1 credentials.Value{...}: the literal's
; fields, with aws.String(x) unwrapped to x.
(composite_literal
  type: (qualified_type) @_type
  body: (literal_value
    (keyed_element
      key: (literal_element
        (identifier) @fact.name)
      value: (literal_element
        (call_expression
          function: (selector_expression) @_wrap
          arguments: (argument_list
            .
            (_) @fact.value
            .)))))
  (#match? @_type "^([a-z0-9_]*aws[a-z0-9_]*\\.(Config|Credentials)|session\\.Options|credentials\\.Value|config\\.LoadOptions)$")
  (#match? @_wrap "^[a-z0-9_]*aws[a-z0-9_]*\\.String$")) @scope.client

; The same fields without a wrapper; &region takes the variable's value.
(composite_literal
  type: (qualified_type) @_type
  body: (literal_value
    (keyed_element
      key: (literal_element
        (identifier) @fact.name)
      value: (literal_element
        [
          (unary_expression
            operand: (identifier) @fact.value)
          (_) @fact.value @_plain
        ])))
  (#match? @_type "^([a-z0-9_]*aws[a-z0-9_]*\\.(Config|Credentials)|session\\.Options|credentials\\.Value|config\\.LoadOptions)$")
  (#not-match? @_plain "^([a-z0-9_]*aws[a-z0-9_]*\\.String\\(|&)")) @scope.client

; v2 s3.New(s3.Options{Region: "eu-west-1", BaseEndpoint: aws.String(url)}): a service's
; Options literal handed to its own New.
(call_expression
  function: (selector_expression
    operand: (identifier) @_pkg
    field: (field_identifier) @_new)
  arguments: (argument_list
    (composite_literal
      type: (qualified_type
        package: (package_identifier) @_options_pkg
        name: (type_identifier) @_options)
      body: (literal_value
        (keyed_element
          key: (literal_element
            (identifier) @fact.name)
          value: (literal_element
            [
              (call_expression
                function: (selector_expression) @_wrap
                arguments: (argument_list
                  .
                  (_) @fact.value
                  .))
              (_) @fact.value @_plain
            ])))))
  (#eq? @_new "New")
  (#eq? @_options "Options")
  (#eq? @_pkg @_options_pkg)
  (#match? @_wrap "^[a-z0-9_]*aws[a-z0-9_]*\\.String$")
  (#not-match? @_plain "^[a-z0-9_]*aws[a-z0-9_]*\\.String\\(")) @scope.client

; v2 s3.NewFromConfig(cfg, func(o *s3.Options) { o.Region = "us-west-2"; o.BaseEndpoint =
; aws.String(url) }) and config.LoadDefaultConfig(ctx, func(o *config.LoadOptions) error
; {...}): assignments to the option struct's fields, aws.String(x) unwrapped.
(call_expression
  function: (selector_expression
    field: (field_identifier) @_ctor)
  arguments: (argument_list
    (func_literal
      parameters: (parameter_list
        (parameter_declaration
          name: (identifier) @_param
          type: (pointer_type
            (qualified_type
              name: (type_identifier) @_options))))
      body: (block
        (assignment_statement
          left: (expression_list
            .
            (selector_expression
              operand: (identifier) @_target
              field: (field_identifier) @fact.name)
            .)
          right: (expression_list
            .
            [
              (call_expression
                function: (selector_expression) @_wrap
                arguments: (argument_list
                  .
                  (_) @fact.value
                  .))
              (_) @fact.value @_plain
            ]
            .)))))
  (#match? @_ctor "^(New|NewFromConfig|LoadDefaultConfig)$")
  (#any-of? @_options "Options" "LoadOptions")
  (#eq? @_param @_target)
  (#match? @_wrap "^[a-z0-9_]*aws[a-z0-9_]*\\.String$")
  (#not-match? @_plain "^[a-z0-9_]*aws[a-z0-9_]*\\.String\\(")) @scope.client

; v2 config.LoadDefaultConfig(ctx, config.WithRegion(..), ...): the options below belong
; to this call.
(call_expression
  function: (selector_expression
    field: (field_identifier) @_load)
  (#eq? @_load "LoadDefaultConfig")) @scope.call

; v2 config.WithRegion("us-west-2"), config.WithDefaultRegion("us-east-1").
(call_expression
  function: (selector_expression
    operand: (identifier) @_config
    field: (field_identifier) @_option)
  arguments: (argument_list
    .
    (_) @fact.region
    .)
  (#match? @_config "^[a-zA-Z0-9_]*[cC]onfig$")
  (#any-of? @_option "WithRegion" "WithDefaultRegion"))

; v2 config.WithSharedConfigProfile("dev").
(call_expression
  function: (selector_expression
    operand: (identifier) @_config
    field: (field_identifier) @_option)
  arguments: (argument_list
    .
    (_) @fact.profile
    .)
  (#match? @_config "^[a-zA-Z0-9_]*[cC]onfig$")
  (#eq? @_option "WithSharedConfigProfile"))

; v2 config.WithBaseEndpoint("https://...").
(call_expression
  function: (selector_expression
    operand: (identifier) @_config
    field: (field_identifier) @_option)
  arguments: (argument_list
    .
    (_) @fact.endpoint
    .)
  (#match? @_config "^[a-zA-Z0-9_]*[cC]onfig$")
  (#eq? @_option "WithBaseEndpoint"))

; v1 aws.NewConfig().WithRegion("us-west-2").WithEndpoint(url),
; (&aws.Config{}).WithRegion(...): the chain as it is assigned or passed on is the scope.
([
  (expression_list
    (call_expression
      function: (selector_expression
        operand: [
          (call_expression)
          (parenthesized_expression)
        ] @_receiver
        field: (field_identifier) @_with)) @scope.call)
  (argument_list
    (call_expression
      function: (selector_expression
        operand: [
          (call_expression)
          (parenthesized_expression)
        ] @_receiver
        field: (field_identifier) @_with)) @scope.call)
  ]
  (#match? @_receiver "^([a-z0-9_]*aws[a-z0-9_]*\\.NewConfig\\(\\)|\\(&[a-z0-9_]*aws[a-z0-9_]*\\.Config\\{)")
  (#match? @_with "^With"))

; v1 ....WithRegion("us-west-2") in such a chain.
(call_expression
  function: (selector_expression
    operand: [
      (call_expression)
      (parenthesized_expression)
    ] @_receiver
    field: (field_identifier) @_with)
  arguments: (argument_list
    .
    (_) @fact.region
    .)
  (#match? @_receiver "^([a-z0-9_]*aws[a-z0-9_]*\\.NewConfig\\(\\)|\\(&[a-z0-9_]*aws[a-z0-9_]*\\.Config\\{)")
  (#eq? @_with "WithRegion"))

; v1 ....WithEndpoint("https://...") in such a chain.
(call_expression
  function: (selector_expression
    operand: [
      (call_expression)
      (parenthesized_expression)
    ] @_receiver
    field: (field_identifier) @_with)
  arguments: (argument_list
    .
    (_) @fact.endpoint
    .)
  (#match? @_receiver "^([a-z0-9_]*aws[a-z0-9_]*\\.NewConfig\\(\\)|\\(&[a-z0-9_]*aws[a-z0-9_]*\\.Config\\{)")
  (#eq? @_with "WithEndpoint"))

; v1 credentials.NewStaticCredentials(id, secret, token), v2
; credentials.NewStaticCredentialsProvider(id, secret, token): the token is the third
; positional argument ("" for long-term keys). Both take exactly three arguments, so
; the siblings are not anchored (a comment between arguments would break an anchor).
(call_expression
  function: (selector_expression
    operand: (identifier) @_credentials
    field: (field_identifier) @_ctor)
  arguments: (argument_list
    (_expression) @fact.access_key_id
    (_expression) @fact.secret_access_key
    (_expression) @fact.session_token)
  (#match? @_credentials "^[a-zA-Z0-9_]*[cC]red(ential)?s[a-zA-Z0-9_]*$")
  (#any-of? @_ctor "NewStaticCredentials" "NewStaticCredentialsProvider")) @scope.call

; v1 credentials.NewSharedCredentials(filename, "dev"): the second argument is the profile
; ("" means the default one).
(call_expression
  function: (selector_expression
    operand: (identifier) @_credentials
    field: (field_identifier) @_ctor)
  arguments: (argument_list
    (_expression)
    (_expression) @fact.profile)
  (#match? @_credentials "^[a-zA-Z0-9_]*[cC]red(ential)?s[a-zA-Z0-9_]*$")
  (#eq? @_ctor "NewSharedCredentials")
  (#not-eq? @fact.profile "\"\"")) @scope.call

; stscreds.NewCredentials(sess, roleARN), stscreds.NewAssumeRoleProvider(client, roleARN).
(call_expression
  function: (selector_expression
    operand: (identifier) @_stscreds
    field: (field_identifier) @_ctor)
  arguments: (argument_list
    (_expression)
    (_expression) @fact.arn)
  (#eq? @_stscreds "stscreds")
  (#any-of? @_ctor "NewCredentials" "NewAssumeRoleProvider")) @scope.call

; os.Setenv("AWS_PROFILE", "dev"): the program sets the variable itself.
(call_expression
  function: (selector_expression
    operand: (identifier) @_os
    field: (field_identifier) @_setenv)
  arguments: (argument_list
    .
    (interpreted_string_literal) @fact.env_read
    .
    (_) @fact.value
    .)
  (#eq? @_os "os")
  (#eq? @_setenv "Setenv")) @scope.call

; cmp.Or(os.Getenv("AWS_REGION"), "us-east-1"): the default is a literal the program may use.
(call_expression
  function: (selector_expression
    operand: (identifier) @_cmp
    field: (field_identifier) @_or)
  arguments: (argument_list
    .
    (call_expression
      function: (selector_expression) @_getenv
      arguments: (argument_list
        .
        (interpreted_string_literal) @fact.env_read
        .))
    .
    (_) @fact.value
    .)
  (#eq? @_cmp "cmp")
  (#eq? @_or "Or")
  (#eq? @_getenv "os.Getenv")) @scope.call

; region := "us-east-1", region := aws.String("us-east-1"), region = ...: one name, one value.
([
  (short_var_declaration
    left: (expression_list
      .
      (identifier) @local.name
      .)
    right: (expression_list
      .
      [
        (call_expression
          function: (selector_expression) @_wrap
          arguments: (argument_list
            .
            (_) @local.value
            .))
        (_) @local.value @_plain
      ]
      .))
  (assignment_statement
    left: (expression_list
      .
      (identifier) @local.name
      .)
    right: (expression_list
      .
      [
        (call_expression
          function: (selector_expression) @_wrap
          arguments: (argument_list
            .
            (_) @local.value
            .))
        (_) @local.value @_plain
      ]
      .))
]
  (#match? @_wrap "^[a-z0-9_]*aws[a-z0-9_]*\\.String$")
  (#not-match? @_plain "^[a-z0-9_]*aws[a-z0-9_]*\\.String\\("))

; var region = "us-east-1", const defaultRegion = "us-east-1" (also in var (...) groups).
([
  (var_spec
    name: (identifier) @local.name
    value: (expression_list
      .
      (_) @local.value
      .))
  (const_spec
    name: (identifier) @local.name
    value: (expression_list
      .
      (_) @local.value
      .))
])

; cfg, err := config.LoadDefaultConfig(...), a, b = f(): every name of a multiple
; assignment is assigned something the data flow does not follow (the whole right side).
([
  (short_var_declaration
    left: (expression_list
      (identifier) @local.name
      .
      ",")
    right: (_) @local.value)
  (short_var_declaration
    left: (expression_list
      ","
      .
      (identifier) @local.name)
    right: (_) @local.value)
  (assignment_statement
    left: (expression_list
      (identifier) @local.name
      .
      ",")
    right: (_) @local.value)
  (assignment_statement
    left: (expression_list
      ","
      .
      (identifier) @local.name)
    right: (_) @local.value)
])
