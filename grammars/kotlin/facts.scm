; Kotlin: the AWS SDK for Kotlin (aws.sdk.kotlin) and the Java SDKs (v2
; software.amazon.awssdk, v1 com.amazonaws) called from Kotlin: aws-semantics.md §6.4, §6.5.
; Names are recognised by aws/source_names (region, profileName, endpointUrl, accessKeyId,
; secretAccessKey, sessionToken, endpointOverride, ...); this file only says where a
; name/value pair is and which callee makes it an SDK one.

; S3Client { region = "us-east-1"; endpointUrl = Url.parse(url) },
; S3Client.fromEnvironment { region = ... }, StaticCredentialsProvider { accessKeyId = .. }:
; the builder lambda's assignments, Url.parse(x) unwrapped to x.
(call_expression
  [
    (simple_identifier)
    (navigation_expression)
  ] @_callee
  (call_suffix
    (annotated_lambda
      (lambda_literal
        (statements
          (assignment
            (directly_assignable_expression
              (simple_identifier) @fact.name)
            .
            [
              (call_expression
                (navigation_expression) @_parse
                (call_suffix
                  (value_arguments
                    .
                    (value_argument
                      (_) @fact.value)
                    .)))
              (_) @fact.value @_plain
            ])))))
  (#match? @_callee "^[A-Z][A-Za-z0-9]*(Client(\\.fromEnvironment|\\.Config)?|CredentialsProvider)$")
  (#eq? @_parse "Url.parse")
  (#not-match? @_plain "^Url\\.parse\\(")) @scope.client

; ProfileCredentialsProvider(profileName = "dev"), Credentials(accessKeyId = id, ...),
; S3Client(S3Client.Config { ... }) named arguments.
(call_expression
  (simple_identifier) @_callee
  (call_suffix
    (value_arguments
      (value_argument
        (simple_identifier) @fact.name
        .
        (_) @fact.value)))
  (#match? @_callee "^[A-Z][A-Za-z0-9]*(Client|CredentialsProvider|Credentials)$")) @scope.call

; Java SDK builders: S3Client.builder().region(..).build(),
; AmazonS3ClientBuilder.standard().withRegion(..).build(): the settings below belong to
; the outermost build().
(call_expression
  (navigation_expression
    (_) @_receiver
    (navigation_suffix
      (simple_identifier) @_build))
  (call_suffix
    (value_arguments) .)
  (#eq? @_build "build")
  (#match? @_receiver "^([a-z0-9_]+\\.)*[A-Z][A-Za-z0-9]*(Client|ClientBuilder|Provider)\\.(builder|standard)\\(\\)")) @scope.call

; .region(Region.US_EAST_1), .region(Region.of("us-east-1")), .endpointOverride(URI.create(url)),
; .profileName("dev") in such a chain: Region.of(x), URI.create(x) unwrapped to x.
(call_expression
  (navigation_expression
    (_) @_receiver
    (navigation_suffix
      (simple_identifier) @fact.name))
  (call_suffix
    (value_arguments
      .
      (value_argument
        [
          (call_expression
            (navigation_expression) @_wrap
            (call_suffix
              (value_arguments
                .
                (value_argument
                  (_) @fact.value)
                .)))
          (_) @fact.value @_plain
        ])
      .))
  (#match? @_receiver "^([a-z0-9_]+\\.)*[A-Z][A-Za-z0-9]*(Client|ClientBuilder|Provider)\\.(builder|standard)\\(\\)")
  (#any-of? @_wrap "Region.of" "URI.create")
  (#not-match? @_plain "^(Region\\.of|URI\\.create)\\("))

; Java v1 ....withRegion(Regions.US_EAST_1) / .withRegion("us-east-1") in such a chain.
(call_expression
  (navigation_expression
    (_) @_receiver
    (navigation_suffix
      (simple_identifier) @_with))
  (call_suffix
    (value_arguments
      .
      (value_argument
        (_) @fact.region)
      .))
  (#eq? @_with "withRegion")
  (#match? @_receiver "^([a-z0-9_]+\\.)*[A-Z][A-Za-z0-9]*(Client|ClientBuilder)\\.(builder|standard)\\(\\)"))

; Java v2 AwsBasicCredentials.create(id, secret), AwsSessionCredentials.create(id, secret,
; token); v1 BasicAWSCredentials(id, secret), BasicSessionCredentials(id, secret, token).
(call_expression
  [
    (simple_identifier)
    (navigation_expression)
  ] @_ctor
  (call_suffix
    (value_arguments
      .
      (value_argument
        .
        (_) @fact.access_key_id
        .)
      .
      (value_argument
        .
        (_) @fact.secret_access_key
        .)
      .
      (value_argument
        .
        (_) @fact.session_token
        .)?
      .))
  (#any-of? @_ctor "AwsBasicCredentials.create" "AwsSessionCredentials.create" "BasicAWSCredentials" "BasicSessionCredentials")) @scope.call

; Java v2 ProfileCredentialsProvider.create("dev"), v1 ProfileCredentialsProvider("dev").
(call_expression
  [
    (simple_identifier)
    (navigation_expression)
  ] @_ctor
  (call_suffix
    (value_arguments
      .
      (value_argument
        .
        (string_literal) @fact.profile
        .)
      .))
  (#any-of? @_ctor "ProfileCredentialsProvider.create" "ProfileCredentialsProvider")) @scope.call

; System.getenv("AWS_REGION") ?: "us-east-1": the default is a literal the program may use.
(elvis_expression
  (call_expression
    (navigation_expression) @_getenv
    (call_suffix
      (value_arguments
        .
        (value_argument
          (string_literal) @fact.env_read)
        .)))
  .
  (_) @fact.value
  (#eq? @_getenv "System.getenv")) @scope.block

; val region = "us-east-1", const val KEY = ..., var region: String? = null.
(property_declaration
  (variable_declaration
    (simple_identifier) @local.name)
  .
  (_) @local.value)
