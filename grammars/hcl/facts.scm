; HCL (Terraform): aws-semantics.md §6.6.
; Names are recognised by aws/source_names (region, profile, role_arn, AWS_* ...); this
; file only says where a name/value pair is. Only AWS structures give facts: the AWS
; provider, the S3 backend and variables or .tfvars entries whose name says "aws".
; A provider "aws" / backend "s3" block is one scope, so its key, secret and token pair.
; (`provider "s3"` and `backend "aws"` do not exist, so one predicate per word is enough.)

; provider "aws" { region = "us-east-1", profile = "dev" }; backend "s3" { region, profile, role_arn }
(block
  (identifier) @_type
  .
  (string_lit) @_label
  (body
    (attribute
      (identifier) @fact.name
      (expression) @fact.value))
  (#any-of? @_type "provider" "backend")
  (#any-of? @_label "\"aws\"" "\"s3\"")) @scope.block

; provider "aws" { access_key = "..." }: too generic a name for the name table.
(block
  (identifier) @_type
  .
  (string_lit) @_label
  (body
    (attribute
      (identifier) @_attribute
      (expression) @fact.access_key_id))
  (#any-of? @_type "provider" "backend")
  (#any-of? @_label "\"aws\"" "\"s3\"")
  (#eq? @_attribute "access_key")) @scope.block

; provider "aws" { secret_key = "..." }
(block
  (identifier) @_type
  .
  (string_lit) @_label
  (body
    (attribute
      (identifier) @_attribute
      (expression) @fact.secret_access_key))
  (#any-of? @_type "provider" "backend")
  (#any-of? @_label "\"aws\"" "\"s3\"")
  (#eq? @_attribute "secret_key")) @scope.block

; provider "aws" { token = "..." }
(block
  (identifier) @_type
  .
  (string_lit) @_label
  (body
    (attribute
      (identifier) @_attribute
      (expression) @fact.session_token))
  (#any-of? @_type "provider" "backend")
  (#any-of? @_label "\"aws\"" "\"s3\"")
  (#eq? @_attribute "token")) @scope.block

; provider "aws" { assume_role { role_arn = "arn:aws:iam::..." } }: the provider's scope.
(block
  (identifier) @_type
  .
  (string_lit) @_label
  (body
    (block
      (identifier) @_inner
      (body
        (attribute
          (identifier) @fact.name
          (expression) @fact.value))))
  (#any-of? @_type "provider" "backend")
  (#any-of? @_label "\"aws\"" "\"s3\"")
  (#any-of? @_inner "assume_role" "assume_role_with_web_identity")) @scope.block

; provider "aws" { endpoints { s3 = "https://s3.us-west-2.amazonaws.com" } }: every
; attribute of `endpoints` is an endpoint URL, named by its service.
(block
  (identifier) @_type
  .
  (string_lit) @_label
  (body
    (block
      (identifier) @_inner
      (body
        (attribute
          (identifier)
          (expression) @fact.endpoint))))
  (#any-of? @_type "provider" "backend")
  (#any-of? @_label "\"aws\"" "\"s3\"")
  (#eq? @_inner "endpoints")) @scope.block

; backend "s3" { endpoints = { s3 = "..." } } (Terraform 1.6+ writes it as an object).
(block
  (identifier) @_type
  .
  (string_lit) @_label
  (body
    (attribute
      (identifier) @_attribute
      (expression
        (collection_value
          (object
            (object_elem
              val: (expression) @fact.endpoint))))))
  (#any-of? @_type "provider" "backend")
  (#any-of? @_label "\"aws\"" "\"s3\"")
  (#eq? @_attribute "endpoints")) @scope.block

; variable "aws_region" { default = "us-east-1" }: a default value, tied to AWS only by a
; variable name that says "aws" (`variable "region"` may be any cloud's). One scope each.
(block
  (identifier) @_type
  .
  (string_lit) @fact.name
  (body
    (attribute
      (identifier) @_attribute
      (expression) @fact.value))
  (#eq? @_type "variable")
  (#match? @fact.name "(?i)aws")
  (#eq? @_attribute "default")) @scope.block

; terraform.tfvars: aws_region = "us-east-1", aws_access_key_id = "..." at the top level:
; the file is one scope; names without "aws" (region = "us-central1") are left alone.
(config_file
  (body
    (attribute
      (identifier) @fact.name
      (expression) @fact.value))
  (#match? @fact.name "(?i)aws")) @scope.block
