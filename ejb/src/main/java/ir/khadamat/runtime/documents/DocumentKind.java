package ir.khadamat.runtime.documents;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file a case accepts, recognised by their first bytes (their magic numbers), never by the content type
 * or the file name the client sends: PDF ({@code %PDF-}), JPEG ({@code FF D8 FF}) and PNG
 * ({@code 89 50 4E 47 0D 0A 1A 0A}). Anything else (HTML, scripts, office files, archives) is refused.
 */
public enum DocumentKind {
    PDF("application/pdf", "pdf", new byte[]{'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    private final String mediaType;
    private final String extension;
    private final byte[] magic;

    DocumentKind(String mediaType, String extension, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    /** The kind the content is, by its first bytes; empty for any other content. */
    public static Optional<DocumentKind> of(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(k -> content.length > k.magic.length
                && Arrays.equals(content, 0, k.magic.length, k.magic, 0, k.magic.length)).findFirst();
    }

    /** The content type a document is served with: its kind's, or a download of unknown bytes for anything else. */
    public static String mediaTypeOf(byte[] content) {
        return of(content).map(DocumentKind::mediaType).orElse("application/octet-stream");
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }
}
