; TypeScript (aws-sdk v2, @aws-sdk/client-* v3, @aws-sdk/credential-providers, AWS CDK):
; aws-semantics.md §6.2. Names are recognised by aws/source_names (region, accessKeyId,
; secretAccessKey, sessionToken, profile, endpoint, RoleArn, ...); this file only says
; where a name/value pair is. javascript/ holds the same patterns (keep them in step); tsx/ inherits this file.
; TypeScript wrappers (`"us-east-1" as const`, `x!`, `satisfies`) are unwrapped by the resolver.
;
; AWS constructors: `new AWS.<Service>(...)` (v2, any alias spelled AWS/aws), `new XxxClient(...)`
; (v3). AWS calls: `AWS.config.update(...)` (v2), `fromIni(...)` and the other providers of
; @aws-sdk/credential-providers, `defaultProvider(...)` (v3).
; A value `process.env.AWS_REGION || "literal"` (or `??`) is a dynamic value where it is passed;
; the env-read patterns below add the literal default, named after the variable, in a scope of
; its own (as Python's os.getenv("AWS_REGION", "us-east-1")).

; v2: new AWS.S3({ region: "us-west-2", endpoint: "...", accessKeyId, ... }), new AWS.Config({...}),
; new AWS.Credentials({...}), new AWS.SharedIniFileCredentials({ profile: "dev" }).
; v3: new S3Client({ region: "us-west-2", endpoint: "..." }).
(new_expression
  constructor: (_) @_ctor
  arguments: (arguments
    (object
      (pair
        key: (_) @fact.name
        value: (_) @fact.value)))
  (#match? @_ctor "^(AWS|aws|AWSSDK)\\.[A-Z][A-Za-z0-9.]*$|^[A-Z][A-Za-z0-9]*Client$")
  (#not-match? @fact.value "^new\\s+(AWS|aws)\\.Endpoint\\s*\\(")) @scope.client

; new S3Client({ region, credentials }) with `const region = "..."` in the file.
(new_expression
  constructor: (_) @_ctor
  arguments: (arguments
    (object
      (shorthand_property_identifier) @fact.name @fact.value))
  (#match? @_ctor "^(AWS|aws|AWSSDK)\\.[A-Z][A-Za-z0-9.]*$|^[A-Z][A-Za-z0-9]*Client$")) @scope.client

; v3: new S3Client({ credentials: { accessKeyId, secretAccessKey, sessionToken } }),
; v2: new AWS.ChainableTemporaryCredentials({ params: { RoleArn } }): one object deeper,
; same scope as the client.
(new_expression
  constructor: (_) @_ctor
  arguments: (arguments
    (object
      (pair
        value: (object
          (pair
            key: (_) @fact.name
            value: (_) @fact.value)))))
  (#match? @_ctor "^(AWS|aws|AWSSDK)\\.[A-Z][A-Za-z0-9.]*$|^[A-Z][A-Za-z0-9]*Client$")) @scope.client

; new S3Client({ credentials: { accessKeyId, secretAccessKey } }) with locals of those names.
(new_expression
  constructor: (_) @_ctor
  arguments: (arguments
    (object
      (pair
        value: (object
          (shorthand_property_identifier) @fact.name @fact.value))))
  (#match? @_ctor "^(AWS|aws|AWSSDK)\\.[A-Z][A-Za-z0-9.]*$|^[A-Z][A-Za-z0-9]*Client$")) @scope.client

; v2: new AWS.S3({ endpoint: new AWS.Endpoint("https://s3.eu-west-1.amazonaws.com") }).
(new_expression
  constructor: (_) @_ctor
  arguments: (arguments
    (object
      (pair
        key: (_) @fact.name
        value: (new_expression
          constructor: (_) @_endpoint
          arguments: (arguments
            .
            (_) @fact.value)))))
  (#match? @_ctor "^(AWS|aws|AWSSDK)\\.[A-Z][A-Za-z0-9.]*$|^[A-Z][A-Za-z0-9]*Client$")
  (#match? @_endpoint "^(AWS|aws)\\.Endpoint$")) @scope.client

; v2: new AWS.Credentials(accessKeyId, secretAccessKey[, sessionToken]) (positional form);
; comments between the arguments are skipped, so only expressions count as positions.
(new_expression
  constructor: (_) @_ctor
  arguments: (arguments
    .
    (comment)*
    .
    [
      (string)
      (template_string)
      (identifier)
      (member_expression)
      (subscript_expression)
      (binary_expression)
      (call_expression)
      (parenthesized_expression)
      (ternary_expression)
      (as_expression)
      (non_null_expression)
    ] @fact.access_key_id
    .
    (comment)*
    .
    [
      (string)
      (template_string)
      (identifier)
      (member_expression)
      (subscript_expression)
      (binary_expression)
      (call_expression)
      (parenthesized_expression)
      (ternary_expression)
      (as_expression)
      (non_null_expression)
    ] @fact.secret_access_key)
  (#match? @_ctor "^(AWS|aws)\\.Credentials$")) @scope.client

; v2: the third positional argument of new AWS.Credentials(id, secret, token).
(new_expression
  constructor: (_) @_ctor
  arguments: (arguments
    .
    (comment)*
    .
    [
      (string)
      (template_string)
      (identifier)
      (member_expression)
      (subscript_expression)
      (binary_expression)
      (call_expression)
      (parenthesized_expression)
      (ternary_expression)
      (as_expression)
      (non_null_expression)
    ]
    .
    (comment)*
    .
    [
      (string)
      (template_string)
      (identifier)
      (member_expression)
      (subscript_expression)
      (binary_expression)
      (call_expression)
      (parenthesized_expression)
      (ternary_expression)
      (as_expression)
      (non_null_expression)
    ]
    .
    (comment)*
    .
    [
      (string)
      (template_string)
      (identifier)
      (member_expression)
      (subscript_expression)
      (binary_expression)
      (call_expression)
      (parenthesized_expression)
      (ternary_expression)
      (as_expression)
      (non_null_expression)
    ] @fact.session_token)
  (#match? @_ctor "^(AWS|aws)\\.Credentials$")) @scope.client

; v2: AWS.config.update({ region: "us-east-1", accessKeyId, secretAccessKey, sessionToken }).
; v3: fromIni({ profile }), fromSSO({ profile }), fromProcess({ profile }),
; fromTokenFile({ roleArn }), fromNodeProviderChain({ profile }), defaultProvider({ profile }).
(call_expression
  function: (_) @_callee
  arguments: (arguments
    (object
      (pair
        key: (_) @fact.name
        value: (_) @fact.value)))
  (#match? @_callee "^(AWS|aws)\\.config\\.update$|(^|\\.)(from[A-Z][A-Za-z]*|defaultProvider)$")) @scope.call

; The same calls with shorthand properties: AWS.config.update({ accessKeyId, secretAccessKey }).
(call_expression
  function: (_) @_callee
  arguments: (arguments
    (object
      (shorthand_property_identifier) @fact.name @fact.value))
  (#match? @_callee "^(AWS|aws)\\.config\\.update$|(^|\\.)(from[A-Z][A-Za-z]*|defaultProvider)$")) @scope.call

; v3: fromTemporaryCredentials({ params: { RoleArn: "arn:..." }, clientConfig: { region } }),
; v2: AWS.config.update({ credentials: { accessKeyId, secretAccessKey } }).
(call_expression
  function: (_) @_callee
  arguments: (arguments
    (object
      (pair
        value: (object
          (pair
            key: (_) @fact.name
            value: (_) @fact.value)))))
  (#match? @_callee "^(AWS|aws)\\.config\\.update$|(^|\\.)(from[A-Z][A-Za-z]*|defaultProvider)$")) @scope.call

; fromTemporaryCredentials({ clientConfig: { region } }) with a local of that name.
(call_expression
  function: (_) @_callee
  arguments: (arguments
    (object
      (pair
        value: (object
          (shorthand_property_identifier) @fact.name @fact.value))))
  (#match? @_callee "^(AWS|aws)\\.config\\.update$|(^|\\.)(from[A-Z][A-Za-z]*|defaultProvider)$")) @scope.call

; v2: AWS.config.region = "us-east-1"; AWS.config.accessKeyId = ...: the global config.
; All such assignments of one block share its scope (a key and its secret set on two lines pair).
(_
  (expression_statement
    (assignment_expression
      left: (member_expression
        object: (_) @_config
        property: (property_identifier) @fact.name)
      right: (_) @fact.value))
  (#match? @_config "^(AWS|aws)\\.config$")) @scope.block

; process.env.AWS_PROFILE = "dev": the program sets the variable itself (same block scope).
(_
  (expression_statement
    (assignment_expression
      left: (member_expression
        object: (member_expression) @_env
        property: (property_identifier) @fact.env_read)
      right: (_) @fact.value))
  (#eq? @_env "process.env")) @scope.block

; process.env["AWS_PROFILE"] = "dev".
(_
  (expression_statement
    (assignment_expression
      left: (subscript_expression
        object: (member_expression) @_env
        index: (string) @fact.env_read)
      right: (_) @fact.value))
  (#eq? @_env "process.env")) @scope.block

; process.env.AWS_REGION || "us-east-1", process.env.AWS_REGION ?? "us-east-1": the default
; is a literal the program may use, named after the variable, in a scope of its own.
(binary_expression
  left: (member_expression
    object: (member_expression) @_env
    property: (property_identifier) @fact.env_read)
  operator: [
    "||"
    "??"
  ]
  right: (_) @fact.value
  (#eq? @_env "process.env")) @scope.block

; process.env["AWS_REGION"] || "us-east-1".
(binary_expression
  left: (subscript_expression
    object: (member_expression) @_env
    index: (string) @fact.env_read)
  operator: [
    "||"
    "??"
  ]
  right: (_) @fact.value
  (#eq? @_env "process.env")) @scope.block

; const { AWS_REGION = "us-east-1" } = process.env.
(variable_declarator
  name: (object_pattern
    (object_assignment_pattern
      left: (shorthand_property_identifier_pattern) @fact.env_read
      right: (_) @fact.value) @scope.block)
  value: (member_expression) @_env
  (#eq? @_env "process.env"))

; AWS CDK: new cdk.Stack(app, "Prod", { env: { region: "us-east-1", account: "..." } }),
; new MyStack(...), new cdk.Stage(...): the `env: {...}` property is the scope.
(new_expression
  constructor: (_) @_ctor
  arguments: (arguments
    (object
      (pair
        key: (property_identifier) @_env
        value: (object
          (pair
            key: (_) @fact.name
            value: (_) @fact.value))) @scope.block))
  (#match? @_ctor "(Stack|Stage)$")
  (#eq? @_env "env"))

; new cdk.Stack(app, "Prod", { env: { region, account } }) with locals of those names.
(new_expression
  constructor: (_) @_ctor
  arguments: (arguments
    (object
      (pair
        key: (property_identifier) @_env
        value: (object
          (shorthand_property_identifier) @fact.name @fact.value)) @scope.block))
  (#match? @_ctor "(Stack|Stage)$")
  (#eq? @_env "env"))

; TypeScript typed options: const config: S3ClientConfig = { region: "..." },
; const prod: cdk.Environment = { region: "...", account: "..." } (v2: AWS.S3.ClientConfiguration).
(variable_declarator
  type: (type_annotation) @_type
  value: (object
    (pair
      key: (_) @fact.name
      value: (_) @fact.value))
  (#match? @_type "(ClientConfig|ClientConfiguration|ConfigurationOptions|Environment)$")) @scope.block

; The same typed options with shorthand properties: const env: cdk.Environment = { region }.
(variable_declarator
  type: (type_annotation) @_type
  value: (object
    (shorthand_property_identifier) @fact.name @fact.value)
  (#match? @_type "(ClientConfig|ClientConfiguration|ConfigurationOptions|Environment)$")) @scope.block

; const region = "us-east-1"; let key = ...: a local the data flow can resolve.
(variable_declarator
  name: (identifier) @local.name
  value: (_) @local.value)

; region = "us-east-1" (a later assignment also counts, so the name is not resolved).
(assignment_expression
  left: (identifier) @local.name
  right: (_) @local.value)
