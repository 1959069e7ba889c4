; YAML (CloudFormation/SAM, serverless.yml, docker-compose, GitHub Actions, Kubernetes,
; Rails storage.yml): aws-semantics.md §6.6.
; Names are recognised by aws/source_names; this file only says where a name/value pair
; is, and only where the name or the structure says AWS: a Kubernetes or GCP file with
; `region: us-central1` gives no fact. Each mapping (or list) that holds AWS settings is
; one scope, so a key and its secret in one env block pair.

; Scopes: a mapping that holds a key starting with AWS_, aws_, aws- or awsX or an access key / secret name
; is one scope, named by the key it stands under (`env:`, `environment:`, `Variables:`,
; `with:`, `amazon:`); a mapping at the top of a document or in a list item is its own.
; The fact patterns below name no scope: their facts join the innermost of these.
(block_mapping_pair
  value: (block_node
    (block_mapping
      (block_mapping_pair
        key: (flow_node) @_key)))
  (#match? @_key "^[\"']?((AWS_|aws[_A-Z-])|(aws[_-]?)?([Aa]ccess[_-]?[Kk]ey[_-]?[Ii][Dd]|[Ss]ecret[_-]?[Aa]ccess[_-]?[Kk]ey)[\"']?$)")) @scope.block

(block_mapping_pair
  value: (flow_node
    (flow_mapping
      (flow_pair
        key: (flow_node) @_key)))
  (#match? @_key "^[\"']?((AWS_|aws[_A-Z-])|(aws[_-]?)?([Aa]ccess[_-]?[Kk]ey[_-]?[Ii][Dd]|[Ss]ecret[_-]?[Aa]ccess[_-]?[Kk]ey)[\"']?$)")) @scope.block

(document
  (block_node
    (block_mapping
      (block_mapping_pair
        key: (flow_node) @_key))) @scope.block
  (#match? @_key "^[\"']?((AWS_|aws[_A-Z-])|(aws[_-]?)?([Aa]ccess[_-]?[Kk]ey[_-]?[Ii][Dd]|[Ss]ecret[_-]?[Aa]ccess[_-]?[Kk]ey)[\"']?$)"))

(block_sequence_item
  (block_node
    (block_mapping
      (block_mapping_pair
        key: (flow_node) @_key))) @scope.block
  (#match? @_key "^[\"']?((AWS_|aws[_A-Z-])|(aws[_-]?)?([Aa]ccess[_-]?[Kk]ey[_-]?[Ii][Dd]|[Ss]ecret[_-]?[Aa]ccess[_-]?[Kk]ey)[\"']?$)"))

; env:/environment:/Environment.Variables maps: AWS_REGION: us-east-1, awsProfile: dev,
; aws-region: ... (any key that starts with AWS_, aws_, aws- or awsX, in any mapping; the name table decides).
(block_mapping_pair
  key: (flow_node) @fact.name
  value: (_) @fact.value
  (#match? @fact.name "^[\"']?(AWS_|aws[_A-Z-])"))

; environment: { AWS_REGION: us-east-1 }
(flow_pair
  key: (flow_node) @fact.name
  value: (_) @fact.value
  (#match? @fact.name "^[\"']?(AWS_|aws[_A-Z-])"))

; docker-compose `environment:` list form: - AWS_ACCESS_KEY_ID=... (and - AWS_PROFILE,
; which passes the host's value through: dynamic). Only under `environment:`/`env:`, so a
; `command:` list that mentions a variable is left alone.
(block_mapping_pair
  key: (flow_node) @_key
  value: (block_node
    (block_sequence
      (block_sequence_item
        (flow_node) @fact.assignment)))
  (#any-of? @_key "environment" "env")
  (#match? @fact.assignment "^[\"']?AWS_[A-Za-z0-9_]*(=|[\"']?$)")) @scope.block

; environment: [AWS_REGION=us-east-1]
(block_mapping_pair
  key: (flow_node) @_key
  value: (flow_node
    (flow_sequence
      (flow_node) @fact.assignment))
  (#any-of? @_key "environment" "env")
  (#match? @fact.assignment "^[\"']?AWS_[A-Za-z0-9_]*(=|[\"']?$)")) @scope.block

; Kubernetes container env: - name: AWS_REGION / value: us-east-1 (valueFrom: dynamic);
; ECS task definitions in CloudFormation: - Name: AWS_REGION / Value: ... The `env:` /
; `Environment:` entry that holds the whole list is the scope.
(block_mapping_pair
  value: (block_node
    (block_sequence
      (block_sequence_item
        (block_node
          (block_mapping
            (block_mapping_pair
              key: (flow_node) @_name_key
              value: (flow_node) @fact.name)
            (block_mapping_pair
              key: (flow_node) @_value_key
              value: (_) @fact.value))))))
  (#any-of? @_name_key "name" "Name")
  (#any-of? @_value_key "value" "valueFrom" "Value")
  (#match? @fact.name "^[\"']?AWS_")) @scope.block

; Access key ID / secret access key under their SDK property names (Rails storage.yml
; `access_key_id:`, `AccessKeyId:` of an STS answer, `aws-access-key-id:`): the name ties
; the mapping to AWS.
(block_mapping_pair
  key: (flow_node) @fact.name
  value: (_) @fact.value
  (#match? @fact.name "^[\"']?(aws[_-]?)?([Aa]ccess[_-]?[Kk]ey[_-]?[Ii][Dd]|[Ss]ecret[_-]?[Aa]ccess[_-]?[Kk]ey)[\"']?$"))

; The other settings of a mapping that holds such a credential (region:, session_token:,
; endpoint:), before or after it: kept only when the mapping holds a credential (the engine
; checks; pairing them here would make the query quadratic in the mapping's size).
(block_mapping_pair
  key: (flow_node) @fact.sibling_name
  value: (_) @fact.sibling_value
  (#match? @fact.sibling_name "(?i)^[\"']?(aws[_-]?)?(region|session[_-]?token|security[_-]?token|endpoint([_-]?url)?|profile)[\"']?$"))

; GitHub Actions: - uses: aws-actions/configure-aws-credentials@v4
;                   with: { aws-region: ..., role-to-assume: arn:..., aws-access-key-id: ... }
; The `with:` entry is the scope.
(block_mapping
  (block_mapping_pair
    key: (flow_node) @_uses
    value: (flow_node) @_action)
  (block_mapping_pair
    key: (flow_node) @_with
    value: (block_node
      (block_mapping
        (block_mapping_pair
          key: (flow_node) @fact.name
          value: (_) @fact.value)))) @scope.block
  (#eq? @_uses "uses")
  (#match? @_action "^[\"']?aws-actions/configure-aws-credentials(@|[\"']?$)")
  (#eq? @_with "with"))

; serverless.yml: provider: { name: aws, region: us-east-1, profile: dev } (either order).
(block_mapping_pair
  key: (flow_node) @_provider
  value: (block_node
    (block_mapping
      (block_mapping_pair
        key: (flow_node) @_name
        value: (flow_node) @_cloud)
      (block_mapping_pair
        key: (flow_node) @fact.name
        value: (_) @fact.value)))
  (#eq? @_provider "provider")
  (#eq? @_name "name")
  (#eq? @_cloud "aws")) @scope.block

(block_mapping_pair
  key: (flow_node) @_provider
  value: (block_node
    (block_mapping
      (block_mapping_pair
        key: (flow_node) @fact.name
        value: (_) @fact.value)
      (block_mapping_pair
        key: (flow_node) @_name
        value: (flow_node) @_cloud)))
  (#eq? @_provider "provider")
  (#eq? @_name "name")
  (#eq? @_cloud "aws")) @scope.block

; A literal ARN anywhere a value stands (CloudFormation properties, env maps, serverless
; iam roles): the value says AWS. It joins the innermost scope around it.
(block_mapping_pair
  value: (flow_node) @fact.arn
  (#match? @fact.arn "^[\"']?arn:aws(-[a-z]+)*:[^:]+:[^:]*:[^:]*:[^\"']"))

(block_sequence_item
  (flow_node) @fact.arn
  (#match? @fact.arn "^[\"']?arn:aws(-[a-z]+)*:[^:]+:[^:]*:[^:]*:[^\"']"))
