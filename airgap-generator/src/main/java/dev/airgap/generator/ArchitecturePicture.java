package dev.airgap.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The elements of the Mermaid flowchart in {@code architecture.md}, added by the units that deploy
 * them. The picture, not the units, decides the layout: an element's {@link Area} places it, and
 * inside an area elements are ordered by region, then by {@link Element} order, then as added, so
 * that a region's central vault and its alerts stand together whatever order units run in.
 */
public final class ArchitecturePicture {
  /** Where an element is drawn. */
  public enum Area {
    MANAGEMENT_ACCOUNT,
    MEMBER_ACCOUNTS,
    CENTRAL_ACCOUNT,
    CONNECTIONS,
    /** Paragraphs under the chart. */
    NOTES
  }

  /** What an element shows, in the order the picture lists elements of one area and region. */
  public enum Element {
    SCP(Area.MANAGEMENT_ACCOUNT),
    BACKUP_POLICY(Area.MANAGEMENT_ACCOUNT),
    MEMBER_VAULT(Area.MEMBER_ACCOUNTS),
    CENTRAL_VAULT(Area.CENTRAL_ACCOUNT),
    TAMPER_ALERTS(Area.CENTRAL_ACCOUNT),
    COPY(Area.CONNECTIONS),
    POLICY_ATTACHMENT(Area.CONNECTIONS),
    SCP_ATTACHMENT(Area.CONNECTIONS),
    ALERT_DELIVERY(Area.CONNECTIONS),
    RECOVERY_SHARE(Area.CONNECTIONS),
    NOTE(Area.NOTES);

    private final Area area;

    Element(Area area) {
      this.area = area;
    }
  }

  private record Entry(Element element, String region, int sequence, String text) {}

  private static final Comparator<Entry> ORDER =
      Comparator.comparing(Entry::region)
          .thenComparing(Entry::element)
          .thenComparingInt(Entry::sequence);

  private final List<Entry> entries = new ArrayList<>();

  /**
   * A Mermaid line (without indentation) or, for {@link Element#NOTE}, a paragraph, not tied to a
   * region.
   */
  public void add(Element element, String text) {
    add(element, "", text);
  }

  /** As above, for one region. */
  public void add(Element element, String region, String text) {
    entries.add(new Entry(element, region, entries.size(), text));
  }

  /** The texts of one area in picture order. */
  public List<String> texts(Area area) {
    return entries.stream()
        .filter(e -> e.element().area == area)
        .sorted(ORDER)
        .map(Entry::text)
        .toList();
  }

  /** A Mermaid node id for a region, e.g. {@code eu_west_1}. */
  public static String nodeId(String region) {
    return region.replaceAll("[^A-Za-z0-9]", "_");
  }
}
