// What a name in source code means to the SDKs: keyword arguments, object keys, struct
// fields, builder methods, map keys and environment variable names that carry a
// credential, region, profile, endpoint or ARN (aws-semantics.md §6), and the region
// enum constants of the Java, .NET and other SDKs. The facts.scm queries say only where
// a name/value pair is; this table says what it is, so the queries hold no AWS names.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "facts/fact.h"

namespace credlint::aws {

// `aws_access_key_id`, `accessKeyId`, `AccessKeyID`, `aws-access-key-id`,
// `AWS_ACCESS_KEY_ID`, `:region`, `'region'`, `region:`... -> their kind. Names too
// generic to mean AWS alone (`key`, `secret`, `token`, `access_key`) are not here: the
// queries capture those by position (Terraform, PHP credential arrays) with an explicit
// @fact.<kind> capture.
[[nodiscard]] std::optional<facts::FactKind> fact_kind_for_name(std::string_view name);

// `Region.US_EAST_1`, `Regions.EU_WEST_1`, `RegionEndpoint.USEast1`,
// `Amazon.RegionEndpoint.EUCentral1`, `Regions.GovCloud` -> the region code; nullopt
// for anything else (including constants of regions the data does not list).
[[nodiscard]] std::optional<std::string> region_from_constant(std::string_view expression);

}  // namespace credlint::aws
