/**
 * The only package that imports the AWS SDK: {@code SdkStackSets}, {@code SdkOrganization}, {@code
 * AwsClients}.
 */
package dev.airgap.maven.deploy.aws;
