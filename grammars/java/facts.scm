; Java (AWS SDK for Java v1 com.amazonaws, v2 software.amazon.awssdk): aws-semantics.md §6.4.
; Names are recognised by aws/source_names (region, endpointOverride, profileName,
; accessKeyId, ...); this file only says where a name/value pair is.
;
; Scopes: a client builder chain (`S3Client.builder()...build()`) is one client, so its
; region, endpoint and the credentials object built inside it pair. Everything else pairs
; per declaration or statement (`var creds = AwsBasicCredentials.create(id, secret);`).

; S3Client.builder().region(..).credentialsProvider(..).endpointOverride(..).build(),
; AmazonS3ClientBuilder.standard().withRegion(..).withCredentials(..).build()
(method_invocation
  object: (_) @_chain
  name: (identifier) @_build
  (#eq? @_build "build")
  (#match? @_chain "^[\\w.]*(Client|ClientBuilder|Presigner)\\s*\\.\\s*(builder|standard|crtBuilder)\\s*\\(\\s*\\)")) @scope.client

; A declaration or statement groups the credentials object it builds.
(variable_declarator) @scope.block

(resource) @scope.block

(expression_statement) @scope.block

(return_statement) @scope.block

(explicit_constructor_invocation) @scope.block

; v2 builder methods: S3Client.builder().region(Region.US_EAST_1), .endpointOverride(uri),
; ProfileCredentialsProvider.builder().profileName("dev"),
; AwsSessionCredentials.builder().accessKeyId(id).secretAccessKey(s).sessionToken(t),
; AssumeRoleRequest.builder().roleArn("arn:..."); wrapped values have their own patterns.
(method_invocation
  object: (_) @_chain
  name: (identifier) @fact.name
  arguments: (argument_list
    .
    (_) @fact.value
    .)
  (#match? @_chain "^[\\w.]*(Client|ClientBuilder|Presigner|Credentials|CredentialsProvider|Request)\\s*\\.\\s*(builder|standard|crtBuilder)\\s*\\(\\s*\\)")
  (#not-match? @fact.value "^(URI\\s*\\.\\s*create|new\\s+URI|Regions?\\s*\\.\\s*(of|fromName|getRegion)|RegionUtils\\s*\\.\\s*getRegion)\\s*\\(|getOrDefault\\s*\\(|\\.\\s*orElse\\s*\\("))

; v1 builder: AmazonS3ClientBuilder.standard().withRegion("us-east-1") / (Regions.US_EAST_1)
(method_invocation
  object: (_) @_chain
  name: (identifier) @_with
  arguments: (argument_list
    .
    (_) @fact.region
    .)
  (#eq? @_with "withRegion")
  (#match? @_chain "^[\\w.]*(Client|ClientBuilder)\\s*\\.\\s*(builder|standard)\\s*\\(\\s*\\)")
  (#not-match? @fact.region "^(Regions?\\s*\\.\\s*(of|fromName|getRegion)|RegionUtils\\s*\\.\\s*getRegion)\\s*\\(|getOrDefault\\s*\\(|\\.\\s*orElse\\s*\\("))

; v2 .endpointOverride(URI.create("https://..."))
(method_invocation
  object: (_) @_chain
  name: (identifier) @fact.name
  arguments: (argument_list
    .
    (method_invocation
      object: (identifier) @_uri
      name: (identifier) @_create
      arguments: (argument_list
        .
        (_) @fact.value
        .))
    .)
  (#eq? @_uri "URI")
  (#eq? @_create "create")
  (#match? @_chain "^[\\w.]*(Client|ClientBuilder|Presigner)\\s*\\.\\s*(builder|standard|crtBuilder)\\s*\\(\\s*\\)"))

; v2 .endpointOverride(new URI("https://..."))
(method_invocation
  object: (_) @_chain
  name: (identifier) @fact.name
  arguments: (argument_list
    .
    (object_creation_expression
      type: (_) @_uri
      arguments: (argument_list
        .
        (_) @fact.value
        .))
    .)
  (#match? @_uri "(^|\\.)URI$")
  (#match? @_chain "^[\\w.]*(Client|ClientBuilder|Presigner)\\s*\\.\\s*(builder|standard|crtBuilder)\\s*\\(\\s*\\)"))

; v2 Region.of("us-east-1"); v1 Region.getRegion(Regions.US_EAST_1)
(method_invocation
  object: (_) @_class
  name: (identifier) @_method
  arguments: (argument_list
    .
    [
      (string_literal)
      (identifier)
      (field_access)
      (binary_expression)
    ] @fact.region
    .)
  (#match? @_class "(^|\\.)Region$")
  (#any-of? @_method "of" "getRegion"))

; v1 Regions.fromName("us-east-1"), RegionUtils.getRegion("us-east-1")
(method_invocation
  object: (_) @_class
  name: (identifier) @_method
  arguments: (argument_list
    .
    [
      (string_literal)
      (identifier)
      (binary_expression)
    ] @fact.region
    .)
  (#match? @_class "(^|\\.)(Regions|RegionUtils)$")
  (#any-of? @_method "fromName" "getRegion"))

; v1 .withEndpointConfiguration(new AwsClientBuilder.EndpointConfiguration(endpoint, signingRegion))
(object_creation_expression
  type: (_) @_type
  arguments: (argument_list
    .
    (_) @fact.endpoint
    .
    (_) @fact.region
    .)
  (#match? @_type "(^|\\.)EndpointConfiguration$"))

; v1 new BasicAWSCredentials(accessKey, secretKey)
(object_creation_expression
  type: (_) @_type
  arguments: (argument_list
    .
    (_) @fact.access_key_id
    .
    (_) @fact.secret_access_key
    .)
  (#match? @_type "(^|\\.)BasicAWSCredentials$"))

; v1 new BasicSessionCredentials(accessKey, secretKey, sessionToken)
(object_creation_expression
  type: (_) @_type
  arguments: (argument_list
    .
    (_) @fact.access_key_id
    .
    (_) @fact.secret_access_key
    .
    (_) @fact.session_token
    .)
  (#match? @_type "(^|\\.)BasicSessionCredentials$"))

; v2 AwsBasicCredentials.create(accessKeyId, secretAccessKey)
(method_invocation
  object: (_) @_class
  name: (identifier) @_create
  arguments: (argument_list
    .
    (_) @fact.access_key_id
    .
    (_) @fact.secret_access_key
    .)
  (#match? @_class "(^|\\.)AwsBasicCredentials$")
  (#eq? @_create "create"))

; v2 AwsSessionCredentials.create(accessKeyId, secretAccessKey, sessionToken)
(method_invocation
  object: (_) @_class
  name: (identifier) @_create
  arguments: (argument_list
    .
    (_) @fact.access_key_id
    .
    (_) @fact.secret_access_key
    .
    (_) @fact.session_token
    .)
  (#match? @_class "(^|\\.)AwsSessionCredentials$")
  (#eq? @_create "create"))

; v1 new ProfileCredentialsProvider("dev"), new ProfileCredentialsProvider(path, "dev")
(object_creation_expression
  type: (_) @_type
  arguments: (argument_list
    (_) @fact.profile
    .)
  (#match? @_type "(^|\\.)ProfileCredentialsProvider$"))

; v2 ProfileCredentialsProvider.create("dev")
(method_invocation
  object: (_) @_class
  name: (identifier) @_create
  arguments: (argument_list
    .
    (_) @fact.profile
    .)
  (#match? @_class "(^|\\.)ProfileCredentialsProvider$")
  (#eq? @_create "create"))

; v1 new STSAssumeRoleSessionCredentialsProvider.Builder(roleArn, roleSessionName)
(object_creation_expression
  type: (_) @_type
  arguments: (argument_list
    .
    (_) @fact.arn
    .
    (_)
    .)
  (#match? @_type "(^|\\.)STSAssumeRoleSessionCredentialsProvider\\.Builder$"))

; System.getenv().getOrDefault("AWS_REGION", "us-east-1"): the default is a literal the
; program may use.
(method_invocation
  object: (method_invocation
    object: (identifier) @_system
    name: (identifier) @_getenv)
  name: (identifier) @_default
  arguments: (argument_list
    .
    (string_literal) @fact.env_read
    .
    (_) @fact.value
    .)
  (#eq? @_system "System")
  (#eq? @_getenv "getenv")
  (#eq? @_default "getOrDefault"))

; Optional.ofNullable(System.getenv("AWS_REGION")).orElse("us-east-1")
(method_invocation
  object: (method_invocation
    name: (identifier) @_of
    arguments: (argument_list
      .
      (method_invocation
        object: (identifier) @_system
        name: (identifier) @_getenv
        arguments: (argument_list
          .
          (string_literal) @fact.env_read
          .))
      .))
  name: (identifier) @_or_else
  arguments: (argument_list
    .
    (_) @fact.value
    .)
  (#any-of? @_of "ofNullable" "of")
  (#eq? @_system "System")
  (#eq? @_getenv "getenv")
  (#eq? @_or_else "orElse"))

; System.setProperty("aws.region", "us-east-1") and the other SDK system properties
; (v1 SystemPropertiesCredentialsProvider, v2 SystemSettingsCredentialsProvider): the
; properties one block sets pair with each other.
(block
  (expression_statement
    (method_invocation
      object: (identifier) @_system
      name: (identifier) @_set
      arguments: (argument_list
        .
        (string_literal) @_property
        .
        (_) @fact.region
        .)))
  (#eq? @_system "System")
  (#eq? @_set "setProperty")
  (#eq? @_property "\"aws.region\"")) @scope.block

(block
  (expression_statement
    (method_invocation
      object: (identifier) @_system
      name: (identifier) @_set
      arguments: (argument_list
        .
        (string_literal) @_property
        .
        (_) @fact.access_key_id
        .)))
  (#eq? @_system "System")
  (#eq? @_set "setProperty")
  (#eq? @_property "\"aws.accessKeyId\"")) @scope.block

(block
  (expression_statement
    (method_invocation
      object: (identifier) @_system
      name: (identifier) @_set
      arguments: (argument_list
        .
        (string_literal) @_property
        .
        (_) @fact.secret_access_key
        .)))
  (#eq? @_system "System")
  (#eq? @_set "setProperty")
  (#any-of? @_property "\"aws.secretKey\"" "\"aws.secretAccessKey\"")) @scope.block

(block
  (expression_statement
    (method_invocation
      object: (identifier) @_system
      name: (identifier) @_set
      arguments: (argument_list
        .
        (string_literal) @_property
        .
        (_) @fact.session_token
        .)))
  (#eq? @_system "System")
  (#eq? @_set "setProperty")
  (#eq? @_property "\"aws.sessionToken\"")) @scope.block

(block
  (expression_statement
    (method_invocation
      object: (identifier) @_system
      name: (identifier) @_set
      arguments: (argument_list
        .
        (string_literal) @_property
        .
        (_) @fact.profile
        .)))
  (#eq? @_system "System")
  (#eq? @_set "setProperty")
  (#eq? @_property "\"aws.profile\"")) @scope.block

; String KEY = "..."; (fields and locals), key = "...": locals the data flow can resolve.
(variable_declarator
  name: (identifier) @local.name
  value: (_) @local.value)

(resource
  name: (identifier) @local.name
  value: (_) @local.value)

(assignment_expression
  left: (identifier) @local.name
  right: (_) @local.value)
