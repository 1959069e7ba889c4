; PHP (aws-sdk-php v3, and v2's ::factory): aws-semantics.md §6.5.
; Names are recognised by aws/source_names (region, profile, endpoint, ...); this file
; only says where a name/value pair is. The credentials array uses the generic keys
; 'key', 'secret' and 'token', so those are captured by position in the structure.
; Compile time: an inner `(_ field: ...)` stands for the one node type those fields (or the
; parent's field) allow, e.g. `arguments: (_` for the argument list; a concrete parent type
; costs ts_query_new a parse-table analysis (tests/tools/query_compile_time --patterns).

; new S3Client(['region' => 'us-east-1', 'profile' => 'dev', 'endpoint' => '...']),
; new Aws\Sdk([...]), new \Aws\DynamoDb\DynamoDbClient(array('region' => ...))
(object_creation_expression
  [
    (name)
    (qualified_name)
  ] @_class
  (arguments
    .
    (argument
      (array_creation_expression
        (array_element_initializer
          [
            (string)
            (encapsed_string)
          ] @fact.name
          .
          (_) @fact.value))))
  (#match? @_class "(Client|^\\\\?(Aws\\\\)?Sdk)$")
  (#not-match? @_class "^\\\\?Google\\\\")) @scope.client

; $sdk->createS3(['region' => 'eu-west-1']), $aws->createClient('s3', [...]):
; clients made by an Aws\Sdk object (the receiver's name says so).
(member_call_expression
  object: (_) @_sdk
  name: (name) @_create
  arguments: (_
    (argument
      (array_creation_expression
        (array_element_initializer
          [
            (string)
            (encapsed_string)
          ] @fact.name
          .
          (_) @fact.value))))
  (#match? @_sdk "(?i)(sdk|aws)")
  (#match? @_create "^create[A-Z]")) @scope.client

; S3Client::factory(['region' => 'us-east-1', 'profile' => 'dev']) (SDK v2, and
; Aws\Common\Aws::factory(...) service builders)
(scoped_call_expression
  scope: (_) @_class
  name: (name) @_factory
  arguments: (_
    .
    (argument
      (array_creation_expression
        (array_element_initializer
          [
            (string)
            (encapsed_string)
          ] @fact.name
          .
          (_) @fact.value))))
  (#match? @_class "(Client|^\\\\?(Aws\\\\)?(Common\\\\)?Aws)$")
  (#eq? @_factory "factory")) @scope.client

; SDK v2: S3Client::factory(['key' => KEY, 'secret' => SECRET, 'token' => TOKEN])
(scoped_call_expression
  scope: (_) @_class
  name: (name) @_factory
  arguments: (_
    .
    (argument
      (array_creation_expression
        (array_element_initializer
          (string) @_key
          .
          (_) @fact.access_key_id))))
  (#match? @_class "Client$")
  (#eq? @_factory "factory")
  (#match? @_key "^['\"]key['\"]$")) @scope.client

(scoped_call_expression
  scope: (_) @_class
  name: (name) @_factory
  arguments: (_
    .
    (argument
      (array_creation_expression
        (array_element_initializer
          (string) @_key
          .
          (_) @fact.secret_access_key))))
  (#match? @_class "Client$")
  (#eq? @_factory "factory")
  (#match? @_key "^['\"]secret['\"]$")) @scope.client

(scoped_call_expression
  scope: (_) @_class
  name: (name) @_factory
  arguments: (_
    .
    (argument
      (array_creation_expression
        (array_element_initializer
          (string) @_key
          .
          (_) @fact.session_token))))
  (#match? @_class "Client$")
  (#eq? @_factory "factory")
  (#match? @_key "^['\"]token['\"]$")) @scope.client

; 'credentials' => ['key' => KEY, 'secret' => SECRET, 'token' => TOKEN], wherever the
; array is (client options, a $config variable): the 'credentials' entry is the scope
; that pairs them.
(array_element_initializer
  (string) @_credentials
  .
  (array_creation_expression
    (array_element_initializer
      (string) @_key
      .
      (_) @fact.access_key_id))
  (#match? @_credentials "^['\"]credentials['\"]$")
  (#match? @_key "^['\"]key['\"]$")) @scope.block

(array_element_initializer
  (string) @_credentials
  .
  (array_creation_expression
    (array_element_initializer
      (string) @_key
      .
      (_) @fact.secret_access_key))
  (#match? @_credentials "^['\"]credentials['\"]$")
  (#match? @_key "^['\"]secret['\"]$")) @scope.block

(array_element_initializer
  (string) @_credentials
  .
  (array_creation_expression
    (array_element_initializer
      (string) @_key
      .
      (_) @fact.session_token))
  (#match? @_credentials "^['\"]credentials['\"]$")
  (#match? @_key "^['\"]token['\"]$")) @scope.block

; Laravel config (filesystems.php 'disks' => ['s3' => [...]], queue.php 'sqs', services.php
; 'ses'): ['key' => KEY, 'secret' => SECRET, 'token' => TOKEN, 'region' => 'x',
; 'endpoint' => 'y'] under an AWS service key. 'key' counts only with a 'secret' after it
; (an S3 'key' alone may be an object key).
(array_element_initializer
  (string) @_service
  .
  (array_creation_expression
    (array_element_initializer
      (string) @_key
      .
      (_) @fact.access_key_id)
    (array_element_initializer
      (string) @_secret
      .
      (_) @fact.secret_access_key))
  (#match? @_service "^['\"](s3|ses|sqs|sns|dynamodb)['\"]$")
  (#match? @_key "^['\"]key['\"]$")
  (#match? @_secret "^['\"]secret['\"]$")) @scope.block

(array_element_initializer
  (string) @_service
  .
  (array_creation_expression
    (array_element_initializer
      (string) @_key
      .
      (_))
    (array_element_initializer
      (string) @_token
      .
      (_) @fact.session_token))
  (#match? @_service "^['\"](s3|ses|sqs|sns|dynamodb)['\"]$")
  (#match? @_key "^['\"]key['\"]$")
  (#match? @_token "^['\"]token['\"]$")) @scope.block

(array_element_initializer
  (string) @_service
  .
  (array_creation_expression
    (array_element_initializer
      [
        (string)
        (encapsed_string)
      ] @fact.name
      .
      (_) @fact.value))
  (#match? @_service "^['\"](s3|ses|sqs|sns|dynamodb)['\"]$")) @scope.block

; $config = ['version' => 'latest', 'region' => 'us-east-1', ...]: an SDK options
; array built before the client (the 'version' key marks it), in either order.
(assignment_expression
  right: (array_creation_expression
    (array_element_initializer
      (string) @_version
      .
      (_))
    (array_element_initializer
      [
        (string)
        (encapsed_string)
      ] @fact.name
      .
      (_) @fact.value)) @scope.block
  (#match? @_version "^['\"]version['\"]$"))

(assignment_expression
  right: (array_creation_expression
    (array_element_initializer
      [
        (string)
        (encapsed_string)
      ] @fact.name
      .
      (_) @fact.value)
    (array_element_initializer
      (string) @_version
      .
      (_))) @scope.block
  (#match? @_version "^['\"]version['\"]$"))

; new Credentials($key, $secret, $token), new Aws\Credentials\Credentials(...)
(object_creation_expression
  [
    (name)
    (qualified_name)
  ] @_class
  (arguments
    .
    (comment)*
    .
    (argument
      (_) @fact.access_key_id)
    .
    (comment)*
    .
    (argument
      (_) @fact.secret_access_key))
  (#match? @_class "^(\\\\?Aws\\\\Credentials\\\\)?Credentials$")) @scope.call

(object_creation_expression
  [
    (name)
    (qualified_name)
  ] @_class
  (arguments
    .
    (comment)*
    .
    (argument)
    .
    (comment)*
    .
    (argument)
    .
    (comment)*
    .
    (argument
      (_) @fact.session_token))
  (#match? @_class "^(\\\\?Aws\\\\Credentials\\\\)?Credentials$")) @scope.call

; CredentialProvider::ini('dev'), CredentialProvider::sso('dev'): a profile name
(scoped_call_expression
  scope: (_) @_provider
  name: (name) @_method
  arguments: (_
    .
    (argument
      (_) @fact.profile))
  (#match? @_provider "(^|\\\\)CredentialProvider$")
  (#any-of? @_method "ini" "sso")) @scope.call

; getenv('AWS_REGION') ?: 'us-east-1'
(conditional_expression
  condition: (_
    function: (name) @_getenv
    arguments: (_
      .
      (argument
        (string) @fact.env_read) .))
  !body
  alternative: (_) @fact.value
  (#any-of? @_getenv "getenv" "env")) @scope.call

; $_ENV['AWS_REGION'] ?? 'us-east-1', getenv('AWS_REGION') ?? 'x'
(binary_expression
  left: [
    (subscript_expression
      (variable_name) @_env
      .
      (string) @fact.env_read)
    (_
      function: (name) @_getenv
      arguments: (_
        .
        (argument
          (string) @fact.env_read) .))
  ]
  operator: [
    "??"
    "||"
    "or"
  ]
  right: (_) @fact.value
  (#any-of? @_env "$_ENV" "$_SERVER")
  (#any-of? @_getenv "getenv" "env")) @scope.call

; env('AWS_DEFAULT_REGION', 'us-east-1') (Laravel's helper): the default is a literal
; the program may use.
(function_call_expression
  function: (name) @_env
  arguments: (_
    .
    (argument
      (string) @fact.env_read)
    .
    (argument
      (_) @fact.value))
  (#eq? @_env "env")) @scope.call

; $_ENV['AWS_PROFILE'] = 'dev', $_SERVER['AWS_REGION'] = 'x': the program sets the
; variable itself.
(assignment_expression
  left: (subscript_expression
    (variable_name) @_env
    .
    (string) @fact.env_read)
  right: (_) @fact.value
  (#any-of? @_env "$_ENV" "$_SERVER")) @scope.block

; $region = 'us-east-1': a local the data flow can resolve.
(assignment_expression
  left: (variable_name) @local.name
  right: (_) @local.value)
