package dev.airgap.maven.init;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything {@code airgap:init} writes a config repository from. A value given here wins over
 * discovery; whatever is neither given nor discovered becomes a TODO placeholder (AG1090).
 *
 * @param directory where the repository is written; must not exist or be empty
 * @param groupId the repository POM's groupId
 * @param artifactId the repository POM's artifactId
 * @param pluginVersion the plugin version the POM pins (the running plugin's own)
 * @param answers the choices given on the command line
 * @param centralAccountPattern proposes the central account: the one account whose name matches
 * @param memberOuPattern proposes the member OUs: every OU whose name matches
 */
public record InitRequest(
    Path directory,
    String groupId,
    String artifactId,
    String pluginVersion,
    Answers answers,
    Optional<Pattern> centralAccountPattern,
    Optional<Pattern> memberOuPattern) {

  /** Choices given explicitly; empty means "not given". */
  public record Answers(
      Optional<String> organizationId,
      Optional<String> managementAccount,
      Optional<String> centralAccount,
      Optional<String> centralOrganizationalUnit,
      List<String> memberOrganizationalUnits,
      List<String> regions,
      List<String> admins,
      List<String> alertEmails) {
    public Answers {
      memberOrganizationalUnits = List.copyOf(memberOrganizationalUnits);
      regions = List.copyOf(regions);
      admins = List.copyOf(admins);
      alertEmails = List.copyOf(alertEmails);
    }

    public static Answers none() {
      return new Answers(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          List.of(),
          List.of(),
          List.of(),
          List.of());
    }
  }
}
