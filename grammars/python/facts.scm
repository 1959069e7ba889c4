; Python (boto3, botocore, aiobotocore, aioboto3): aws-semantics.md §6.1.
; Names are recognised by aws/source_names (region_name, aws_access_key_id, ...);
; this file only says where a name/value pair is.

; boto3.client("s3", region_name="us-east-1", aws_access_key_id=KEY, ...),
; boto3.resource(...), session.client(...), boto3.Session(profile_name="dev"),
; boto3.session.Session(...), boto3.setup_default_session(...),
; botocore.session.get_session().create_client(...), aiobotocore's create_client(...)
(call
  function: (_) @_callee
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @fact.name
      value: (_) @fact.value))
  (#match? @_callee "(^|\\.)(client|resource|Session|create_client|setup_default_session)$")) @scope.call

; boto3.client("s3", "eu-west-1"): region_name is the second positional parameter
; of client() and resource() (not a keyword or a **kwargs splat).
(call
  function: (attribute
    attribute: (identifier) @_method)
  arguments: (argument_list
    .
    (comment)*
    .
    (string)
    .
    (comment)*
    .
    (_) @fact.region)
  (#any-of? @_method "client" "resource")
  (#not-match? @fact.region "^(\\w+\\s*=[^=]|\\*|#)")) @scope.call

; boto3.client("s3", config=Config(region_name="eu-west-1")): the Config belongs to
; the client it configures, so its region pairs with the client's endpoint_url.
(call
  function: (_) @_callee
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_config
      value: (call
        function: (_) @_config_class
        arguments: (argument_list
          (keyword_argument
            name: (identifier) @fact.name
            value: (_) @fact.value)))))
  (#match? @_callee "(^|\\.)(client|resource|Session|create_client)$")
  (#eq? @_config "config")
  (#match? @_config_class "(^|\\.)Config$")) @scope.call

; cfg = botocore.config.Config(region_name="eu-west-1"): a config object of its own.
(assignment
  right: (call
    function: (_) @_config_class
    arguments: (argument_list
      (keyword_argument
        name: (identifier) @fact.name
        value: (_) @fact.value))
    (#match? @_config_class "^(botocore\\.config\\.|config\\.)?Config$")) @scope.call)

; botocore: session.set_credentials(access_key, secret_key, token): positional
; arguments only (keywords are the next patterns).
(call
  function: (attribute
    attribute: (identifier) @_method)
  arguments: (argument_list
    .
    (comment)*
    .
    (_) @fact.access_key_id
    .
    (comment)*
    .
    (_) @fact.secret_access_key)
  (#eq? @_method "set_credentials")
  (#not-match? @fact.access_key_id "^(\\w+\\s*=[^=]|\\*|#)")
  (#not-match? @fact.secret_access_key "^(\\w+\\s*=[^=]|\\*|#)")) @scope.call

(call
  function: (attribute
    attribute: (identifier) @_method)
  arguments: (argument_list
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
  (#eq? @_method "set_credentials")
  (#not-match? @_key_id "^#")
  (#not-match? @_secret "^#")
  (#not-match? @fact.session_token "^(\\w+\\s*=[^=]|\\*|#)")) @scope.call

; botocore.credentials.Credentials(access_key, secret_key, token): only the qualified
; name (a bare Credentials(...) is as likely google.oauth2's).
(call
  function: (attribute) @_class
  arguments: (argument_list
    .
    (comment)*
    .
    (_) @fact.access_key_id
    .
    (comment)*
    .
    (_) @fact.secret_access_key)
  (#eq? @_class "botocore.credentials.Credentials")
  (#not-match? @fact.access_key_id "^(\\w+\\s*=[^=]|\\*|#)")
  (#not-match? @fact.secret_access_key "^(\\w+\\s*=[^=]|\\*|#)")) @scope.call

(call
  function: (attribute) @_class
  arguments: (argument_list
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
  (#eq? @_class "botocore.credentials.Credentials")
  (#not-match? @_key_id "^#")
  (#not-match? @_secret "^#")
  (#not-match? @fact.session_token "^(\\w+\\s*=[^=]|\\*|#)")) @scope.call

; botocore.credentials.Credentials(access_key=..., secret_key=..., token=...) and
; session.set_credentials(access_key=..., ...)
(call
  function: (_) @_callee
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_key
      value: (_) @fact.access_key_id))
  (#match? @_callee "(^botocore\\.credentials\\.Credentials|\\.set_credentials)$")
  (#eq? @_key "access_key")) @scope.call

(call
  function: (_) @_callee
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_key
      value: (_) @fact.secret_access_key))
  (#match? @_callee "(^botocore\\.credentials\\.Credentials|\\.set_credentials)$")
  (#eq? @_key "secret_key")) @scope.call

(call
  function: (_) @_callee
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_key
      value: (_) @fact.session_token))
  (#match? @_callee "(^botocore\\.credentials\\.Credentials|\\.set_credentials)$")
  (#eq? @_key "token")) @scope.call

; botocore: session.set_config_variable("region", "eu-west-1"),
; session.set_config_variable("profile", "dev")
(call
  function: (attribute
    attribute: (identifier) @_method)
  arguments: (argument_list
    .
    (string) @fact.name
    .
    (comment)*
    .
    (_) @fact.value)
  (#eq? @_method "set_config_variable")
  (#not-match? @fact.value "^#")) @scope.call

; os.environ.get("AWS_REGION", "us-east-1"), os.getenv("AWS_PROFILE", "dev"),
; os.environ.setdefault("AWS_REGION", "us-east-1"), os.putenv("AWS_REGION", "x"),
; environ.get(...) / getenv(...) after `from os import ...`: the literal is a value the
; program may use.
(call
  function: (_) @_getter
  arguments: (argument_list
    .
    (string) @fact.env_read
    .
    (comment)*
    .
    (_) @fact.value)
  (#match? @_getter "^(os\\.)?(environ\\.(get|setdefault)|getenv|putenv)$")
  (#not-match? @fact.value "^#")) @scope.call

; os.environ.get("AWS_REGION") or "us-east-1", os.environ["AWS_REGION"] or "x"
(boolean_operator
  left: [
    (call
      function: (_) @_getter
      arguments: (argument_list
        .
        (string) @fact.env_read .))
    (subscript
      value: (_) @_getter
      subscript: (string) @fact.env_read)
  ]
  operator: "or"
  right: (_) @fact.value
  (#match? @_getter "^(os\\.)?(environ(\\.get)?|getenv)$")) @scope.call

; os.environ["AWS_PROFILE"] = "dev": the program sets the variable itself.
(assignment
  left: (subscript
    value: (_) @_environ
    subscript: (string) @fact.env_read)
  right: (_) @fact.value
  (#match? @_environ "^(os\\.)?environ$")) @scope.block

; os.environ.update({"AWS_REGION": "eu-west-1", "AWS_PROFILE": "dev"})
(call
  function: (_) @_update
  arguments: (argument_list
    (dictionary
      (pair
        key: (string) @fact.env_read
        value: (_) @fact.value)))
  (#match? @_update "^(os\\.)?environ\\.update$")) @scope.call

; KEY = "..." and REGION: str = "..." (module or function level): a local the data flow
; can resolve (attributes such as self.region are not locals).
(assignment
  left: (identifier) @local.name
  right: (_) @local.value)
