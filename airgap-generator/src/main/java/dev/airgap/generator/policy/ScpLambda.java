package dev.airgap.generator.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;

/**
 * The Lambda-backed custom resource of {@code protection.scp.mode: lambda} (the reference design,
 * with its defects fixed: docs/aws-facts.md §6.5, §11 #9). The handler source is the resource {@code
 * scp_handler.py}; its pytest suite runs against moto's Organizations in the Maven build.
 *
 * <p>Contract with the template: an {@code AWS::Lambda::Function} with {@code Runtime} {@link
 * #RUNTIME}, {@code Handler} {@link #HANDLER} and {@code Code.ZipFile} = {@link #source()} (plain
 * string: the source holds no {@code ${}, so {@code Fn::Sub} is not needed and would be safe), and
 * a custom resource whose properties are {@link #PROPERTY_NAME}, {@link #PROPERTY_DESCRIPTION},
 * {@link #PROPERTY_CONTENT} (the minified SCP, {@link ScpDocument#minified()}) and {@link
 * #PROPERTY_TARGET_IDS}. {@code Ref} of the custom resource is the policy id, which stays the same
 * across updates. The function's role needs {@link #roleActions()}, granted inline in the role (or
 * the custom resource must {@code DependsOn} a separate policy) so the first invoke does not race
 * the IAM attachment (docs/aws-facts.md §6.5). Set the custom resource's {@code ServiceTimeout} a little
 * above the function timeout, so a function killed by its timeout does not leave CloudFormation
 * waiting for an hour.
 */
public final class ScpLambda {
  /** A supported Python runtime; the reference sample used end-of-life python3.8. */
  public static final String RUNTIME = "python3.12";

  /** CloudFormation writes inline code to {@code index.py}. */
  public static final String HANDLER = "index.handler";

  /**
   * Inline {@code ZipFile} limit in characters: "Your source code can contain up to 4096
   * characters" (AWS CloudFormation User Guide, aws-properties-lambda-function-code, archived in
   * awsdocs/aws-cloudformation-user-guide). aws/aws-cdk#20624 reports that CloudFormation lifted
   * this limit in 2022, and the resource schema has no maximum; the handler stays within it anyway.
   */
  public static final int MAX_INLINE_CHARACTERS = 4_096;

  public static final String PROPERTY_NAME = "PolicyName";
  public static final String PROPERTY_DESCRIPTION = "PolicyDescription";
  public static final String PROPERTY_CONTENT = "PolicyContent";
  public static final String PROPERTY_TARGET_IDS = "TargetIds";

  /** Tag the handler puts on the policy it creates, and requires before adopting one by name. */
  public static final String MARKER_TAG_KEY = "airgap:managed-by";

  public static final String MARKER_TAG_VALUE = "airgap";

  private static final String RESOURCE = "scp_handler.py";

  private ScpLambda() {}

  /** The handler source, LF line endings, ending with a newline. */
  public static String source() {
    try (InputStream in = ScpLambda.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * IAM actions the function's role needs (Resource {@code *}: policy ids are not known before).
   */
  public static List<String> roleActions() {
    return List.copyOf(
        new TreeSet<>(
            List.of(
                "organizations:AttachPolicy",
                "organizations:CreatePolicy",
                "organizations:DeletePolicy",
                "organizations:DetachPolicy",
                "organizations:ListPolicies",
                "organizations:ListTagsForResource",
                "organizations:ListTargetsForPolicy",
                "organizations:TagResource",
                "organizations:UpdatePolicy",
                "logs:CreateLogGroup",
                "logs:CreateLogStream",
                "logs:PutLogEvents")));
  }
}
