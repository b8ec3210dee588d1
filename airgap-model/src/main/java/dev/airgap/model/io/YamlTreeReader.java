package dev.airgap.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.airgap.model.io.SourceNode.Entry;
import dev.airgap.model.io.SourceNode.ListNode;
import dev.airgap.model.io.SourceNode.MapNode;
import dev.airgap.model.io.SourceNode.ScalarKind;
import dev.airgap.model.io.SourceNode.ScalarNode;
import dev.airgap.model.validate.Finding;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML text into a {@link SourceNode} tree with positions, turning every reading problem into
 * a {@link Finding} (never an exception): invalid UTF-8, syntax errors, tabs, duplicate keys,
 * aliases, more than one document, and inputs beyond the reading limits.
 */
public final class YamlTreeReader {
  /** A real airgap.yaml is a few KiB; 5,000 accounts listed by id stay well under 1 MiB. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;

  /** The model is at most six levels deep; anything far deeper is not an airgap.yaml. */
  public static final int MAX_DEPTH = 64;

  private final String file;
  private final List<Finding> findings = new ArrayList<>();
  private final Map<String, SourceLocation> locations = new LinkedHashMap<>();
  private final Map<String, String> strings = new LinkedHashMap<>();
  private YAMLParser parser;

  private YamlTreeReader(String file) {
    this.file = file;
  }

  /** The tree (empty when the file could not be read), its source map and the problems found. */
  public record Result(Optional<SourceNode> root, SourceMap sourceMap, List<Finding> findings) {
    public Result {
      findings = List.copyOf(findings);
    }
  }

  public static Result read(String file, byte[] content) {
    return new YamlTreeReader(file).readAll(content);
  }

  private Result readAll(byte[] content) {
    Optional<SourceNode> root = Optional.empty();
    if (content.length > MAX_BYTES) {
      report(
          ParseProblem.LIMIT_EXCEEDED,
          "",
          at(1, 1),
          "the file has " + content.length + " bytes; the limit is " + MAX_BYTES,
          "airgap.yaml describes an organization in a few kilobytes; is this the right file?");
    } else {
      Optional<String> text = decode(content);
      if (text.isPresent()) {
        root = parse(text.get());
      }
    }
    return new Result(root, new SourceMap(file, locations, strings), findings);
  }

  private Optional<String> decode(byte[] content) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = decoder.decode(ByteBuffer.wrap(content)).toString();
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      int nul = text.indexOf('\0');
      if (nul >= 0) {
        report(
            ParseProblem.NOT_UTF8,
            "",
            positionOf(text, nul),
            "the file contains a NUL character, so it is binary, not YAML text",
            "point airgap.model at your airgap.yaml");
        return Optional.empty();
      }
      return Optional.of(text);
    } catch (MalformedInputException e) {
      int offset = firstMalformedOffset(content);
      String before = new String(content, 0, offset, StandardCharsets.UTF_8);
      report(
          ParseProblem.NOT_UTF8,
          "",
          positionOf(before, before.length()),
          String.format(
              "byte 0x%02X at offset %d is not valid UTF-8", content[offset] & 0xff, offset),
          "save the file as UTF-8");
      return Optional.empty();
    } catch (CharacterCodingException e) {
      report(
          ParseProblem.NOT_UTF8,
          "",
          at(1, 1),
          "the file is not valid UTF-8",
          "save the file as UTF-8");
      return Optional.empty();
    }
  }

  private static int firstMalformedOffset(byte[] content) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(content.length + 1);
    decoder.decode(in, out, true);
    return Math.min(in.position(), content.length - 1);
  }

  private SourceLocation positionOf(String text, int end) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return at(line, column);
  }

  private Optional<SourceNode> parse(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(true); // detected here, with both locations, instead
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_BYTES);
    YAMLFactory factory =
        YAMLFactory.builder()
            .loaderOptions(options)
            // `mode:` with nothing after it is YAML null, i.e. a missing value, not an empty
            // string.
            .enable(com.fasterxml.jackson.dataformat.yaml.YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(100)
                    .build())
            .build();
    try (YAMLParser p = factory.createParser(text)) {
      this.parser = p;
      JsonToken first = p.nextToken();
      if (first == null) {
        report(
            ParseProblem.EMPTY_DOCUMENT,
            "",
            at(1, 1),
            "the file holds no YAML document",
            "start from examples/basic/airgap.yaml");
        return Optional.empty();
      }
      SourceNode root = node("");
      if (p.nextToken() != null) {
        report(
            ParseProblem.YAML_SYNTAX,
            "",
            location(p.currentTokenLocation()),
            "the file holds more than one YAML document; airgap.yaml is one document",
            "remove the second '---' and what follows, or merge it into the first document");
      }
      return Optional.of(root);
    } catch (JsonProcessingException e) {
      syntaxProblem(e);
      return Optional.empty();
    } catch (IOException e) {
      report(
          ParseProblem.YAML_SYNTAX,
          "",
          at(1, 1),
          "the file could not be read: " + e.getMessage(),
          "");
      return Optional.empty();
    } catch (RuntimeException e) {
      // SnakeYAML reports some limits (aliases, code points) as unchecked exceptions.
      report(
          ParseProblem.LIMIT_EXCEEDED,
          "",
          at(1, 1),
          "the YAML parser gave up: " + firstLine(e.getMessage()),
          "simplify the file; anchors and aliases are not supported");
      return Optional.empty();
    }
  }

  private void syntaxProblem(JsonProcessingException e) {
    JsonLocation where = e.getLocation();
    SourceLocation location =
        where == null || where.getLineNr() < 1
            ? at(1, 1)
            : at(where.getLineNr(), Math.max(1, where.getColumnNr()));
    String message = firstLine(e.getOriginalMessage());
    // SnakeYAML knows the exact problem position and wording; Jackson keeps only the context.
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof org.yaml.snakeyaml.error.MarkedYAMLException marked) {
        if (marked.getProblemMark() != null) {
          location =
              at(marked.getProblemMark().getLine() + 1, marked.getProblemMark().getColumn() + 1);
        }
        String context = marked.getContext() == null ? "" : marked.getContext() + ": ";
        message = context + (marked.getProblem() == null ? message : marked.getProblem());
        break;
      }
    }
    ParseProblem problem = ParseProblem.YAML_SYNTAX;
    String hint = "";
    if (message.contains("\\t") || message.contains("\t")) {
      hint = "YAML indentation must use spaces; replace the tab characters";
    }
    String lower = message.toLowerCase(java.util.Locale.ROOT);
    if (lower.contains("nesting depth")
        || lower.contains("exceeds the limit")
        || lower.contains("number value length")) {
      problem = ParseProblem.LIMIT_EXCEEDED;
      hint = "a real airgap.yaml is at most a few levels deep and holds small numbers";
    }
    report(
        problem, "", location, message.isBlank() ? "the YAML could not be parsed" : message, hint);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    String trimmed = message.strip();
    int newline = trimmed.indexOf('\n');
    return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
  }

  /** Reads the node whose first token is current. */
  private SourceNode node(String pointer) throws IOException {
    JsonToken token = parser.currentToken();
    SourceLocation location = location(parser.currentTokenLocation());
    locations.putIfAbsent(pointer, location);
    if (parser.isCurrentAlias()) {
      report(
          ParseProblem.ALIAS_NOT_SUPPORTED,
          pointer,
          location,
          "YAML alias '*" + parser.getText() + "' is not supported",
          "write the value out here");
      return new ScalarNode(location, ScalarKind.REPORTED, parser.getText());
    }
    // YAML anchors are Jackson "object ids" (getCurrentAnchor() is the deprecated name).
    String anchor = parser.getObjectId();
    if (anchor != null) {
      report(
          ParseProblem.ALIAS_NOT_SUPPORTED,
          pointer,
          location,
          "YAML anchor '&" + anchor + "' is not supported",
          "remove the anchor");
    }
    switch (token) {
      case START_OBJECT:
        return map(pointer, location);
      case START_ARRAY:
        return list(pointer, location);
      case VALUE_STRING:
        strings.put(pointer, parser.getText());
        return new ScalarNode(location, ScalarKind.STRING, parser.getText());
      case VALUE_NUMBER_INT:
        return new ScalarNode(location, ScalarKind.INTEGER, parser.getText());
      case VALUE_NUMBER_FLOAT:
        return new ScalarNode(location, ScalarKind.DECIMAL, parser.getText());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new ScalarNode(location, ScalarKind.BOOLEAN, parser.getText());
      case VALUE_NULL:
        return new ScalarNode(location, ScalarKind.NULL, parser.getText());
      default:
        // Binary or embedded objects cannot come from YAML text; treat them as unusable text.
        return new ScalarNode(location, ScalarKind.STRING, String.valueOf(parser.getText()));
    }
  }

  private MapNode map(String pointer, SourceLocation location) throws IOException {
    Map<String, Entry> entries = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      SourceLocation keyLocation = location(parser.currentTokenLocation());
      String childPointer = Pointers.child(pointer, key);
      parser.nextToken();
      Entry previous = entries.get(key);
      if (previous != null) {
        report(
            ParseProblem.DUPLICATE_KEY,
            childPointer,
            keyLocation,
            "key '" + key + "' is already defined at line " + previous.keyLocation().line(),
            "keep one of the two entries");
        parser.skipChildren();
        continue;
      }
      locations.put(childPointer, keyLocation);
      SourceNode value = node(childPointer);
      // The pointer of a map member points at its key, where the user looks for it.
      locations.put(childPointer, keyLocation);
      entries.put(key, new Entry(key, keyLocation, value));
    }
    return new MapNode(location, entries);
  }

  private ListNode list(String pointer, SourceLocation location) throws IOException {
    List<SourceNode> items = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      items.add(node(Pointers.child(pointer, items.size())));
    }
    return new ListNode(location, items);
  }

  private SourceLocation location(JsonLocation where) {
    return at(Math.max(1, where.getLineNr()), Math.max(1, where.getColumnNr()));
  }

  private SourceLocation at(int line, int column) {
    return new SourceLocation(file, line, column);
  }

  private void report(
      ParseProblem problem, String pointer, SourceLocation location, String message, String hint) {
    findings.add(
        new Finding(
            problem.info().id(),
            problem.info().defaultSeverity(),
            pointer,
            message,
            hint,
            location));
  }
}
