/**
 * An evaluator of the IAM policy language as far as airgap's templates use it: statements,
 * conditions, SCP binding along the OU path, resource and key policies, same- vs cross-account
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html).
 */
package dev.airgap.generator.verify.iam;
