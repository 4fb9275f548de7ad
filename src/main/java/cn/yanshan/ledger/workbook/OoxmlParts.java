package cn.yanshan.ledger.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The few small XML parts of an OOXML package read directly: content types and relationships. */
final class OoxmlParts {

    static final String MAIN_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    static final String MAIN_MACRO = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
    static final String MAIN_TEMPLATE = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";
    static final String MAIN_MACRO_TEMPLATE = "application/vnd.ms-excel.template.macroEnabled.main+xml";
    static final String MAIN_BINARY = "application/vnd.ms-excel.sheet.binary.macroEnabled.main";
    static final String SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    static final String STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

    private static final XMLInputFactory FACTORY = secureFactory();

    private OoxmlParts() {
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    /** Part names (without leading slash) of {@code <Override>} entries, by content type. */
    static Map<String, String> contentTypes(InputStream in) throws IOException {
        Map<String, String> byType = new HashMap<>();
        readElements(in, (name, r) -> {
            if ("Override".equals(name)) {
                String type = r.getAttributeValue(null, "ContentType");
                String part = r.getAttributeValue(null, "PartName");
                if (type != null && part != null) {
                    byType.putIfAbsent(type.trim(), normalize(part));
                }
            }
        });
        return byType;
    }

    /** One internal relationship: its id, its type (the last segment of the type URI) and its target part. */
    record Relationship(String id, String type, String target) {
    }

    /** Relationships by id, targets resolved against the folder of the part the relationships belong to. */
    static Map<String, Relationship> relationships(InputStream in, String sourcePart) throws IOException {
        Map<String, Relationship> byId = new HashMap<>();
        String base = sourcePart.contains("/") ? sourcePart.substring(0, sourcePart.lastIndexOf('/') + 1) : "";
        readElements(in, (name, r) -> {
            if ("Relationship".equals(name)) {
                String id = r.getAttributeValue(null, "Id");
                String target = r.getAttributeValue(null, "Target");
                String mode = r.getAttributeValue(null, "TargetMode");
                String type = r.getAttributeValue(null, "Type");
                if (id != null && target != null && !"External".equalsIgnoreCase(mode)) {
                    String shortType = type == null ? "" : type.substring(type.lastIndexOf('/') + 1);
                    byId.put(id, new Relationship(id, shortType, resolve(base, target)));
                }
            }
        });
        return byId;
    }

    /** The relationships part of a part: {@code xl/workbook.xml} → {@code xl/_rels/workbook.xml.rels}. */
    static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** Entry name form: forward slashes, no leading slash. */
    static String normalize(String name) {
        String s = name.replace('\\', '/');
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        return s;
    }

    static String resolve(String base, String target) {
        String t = target.replace('\\', '/');
        String path = t.startsWith("/") ? t.substring(1) : base + t;
        String[] parts = path.split("/");
        java.util.ArrayDeque<String> out = new java.util.ArrayDeque<>();
        for (String p : parts) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                out.pollLast();
            } else {
                out.addLast(p);
            }
        }
        return String.join("/", out);
    }

    private interface ElementHandler {
        void start(String localName, XMLStreamReader reader);
    }

    private static void readElements(InputStream in, ElementHandler handler) throws IOException {
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT) {
                    handler.start(r.getLocalName(), r);
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("malformed package part", e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release beyond the stream, which the caller closes
                }
            }
        }
    }
}
