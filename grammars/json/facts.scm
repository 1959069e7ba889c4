; JSON (CloudFormation templates, .vscode/launch.json env blocks, package.json config,
; AWS SDK for JavaScript v2 `loadFromPath` config files, saved `aws sts` answers):
; aws-semantics.md §6.6. Names are recognised by aws/source_names; this file only says
; where a name/value pair is, and only where the name says AWS. Each object that holds AWS
; settings is one scope, so a key and its secret in one env block pair.

; Scopes: an object that holds a key starting with AWS_, aws_, aws- or awsX, or an access
; key / secret name, is one scope, named by the key it stands under ("env", "Variables");
; a top-level object or one in an array is its own. The fact patterns below name no scope:
; their facts join the innermost of these.
(pair
  value: (object
    (pair
      key: (string) @_key))
  (#match? @_key "^\"((AWS_|aws[_A-Z-])|(aws[_-]?)?([Aa]ccess[_-]?[Kk]ey[_-]?[Ii][Dd]|[Ss]ecret[_-]?[Aa]ccess[_-]?[Kk]ey)\"$)")) @scope.block

(document
  (object
    (pair
      key: (string) @_key)) @scope.block
  (#match? @_key "^\"((AWS_|aws[_A-Z-])|(aws[_-]?)?([Aa]ccess[_-]?[Kk]ey[_-]?[Ii][Dd]|[Ss]ecret[_-]?[Aa]ccess[_-]?[Kk]ey)\"$)"))

(array
  (object
    (pair
      key: (string) @_key)) @scope.block
  (#match? @_key "^\"((AWS_|aws[_A-Z-])|(aws[_-]?)?([Aa]ccess[_-]?[Kk]ey[_-]?[Ii][Dd]|[Ss]ecret[_-]?[Aa]ccess[_-]?[Kk]ey)\"$)"))

; "env": { "AWS_REGION": "us-east-1" }, "Variables": { "AWS_PROFILE": "dev" },
; "config": { "awsRegion": "..." }: any key that starts with AWS_, aws_, aws- or awsX (the
; name table decides).
(pair
  key: (string) @fact.name
  value: (_) @fact.value
  (#match? @fact.name "^\"(AWS_|aws[_A-Z-])"))

; Access key ID / secret access key under their SDK property names ({"accessKeyId": ..,
; "secretAccessKey": .., "region": ..} for AWS.config.loadFromPath, "AccessKeyId" of an
; STS answer): the name ties the object to AWS.
(pair
  key: (string) @fact.name
  value: (_) @fact.value
  (#match? @fact.name "^\"(aws[_-]?)?([Aa]ccess[_-]?[Kk]ey[_-]?[Ii][Dd]|[Ss]ecret[_-]?[Aa]ccess[_-]?[Kk]ey)\"$"))

; The other settings of an object that holds such a credential ("region", "sessionToken",
; "SessionToken", "endpoint"), before or after it: kept only when the object holds a
; credential (the engine checks; pairing them here would make the query quadratic in the
; size of an object, and botocore's service models have objects of thousands of keys).
(pair
  key: (string) @fact.sibling_name
  value: (_) @fact.sibling_value
  (#match? @fact.sibling_name "(?i)^\"(aws[_-]?)?(region|session[_-]?token|security[_-]?token|endpoint([_-]?url)?|profile)\"$"))

; A literal ARN anywhere a value stands (CloudFormation properties, env objects): the
; value says AWS. It joins the innermost scope around it.
(pair
  value: (string) @fact.arn
  (#match? @fact.arn "^\"arn:aws(-[a-z]+)*:[^:]+:[^:]*:[^:]*:[^\"]"))

(array
  (string) @fact.arn
  (#match? @fact.arn "^\"arn:aws(-[a-z]+)*:[^:]+:[^:]*:[^:]*:[^\"]"))
