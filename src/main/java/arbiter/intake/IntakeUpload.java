package arbiter.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.server.multipart.FormValue;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import arbiter.evidence.PhotoRejected;

/** The parts of an intake request: the JSON part named {@code dispute}, and every other part a photo. */
record IntakeUpload(String json, Map<String, byte[]> photos) {

    static final String DISPUTE_PART = "dispute";

    static IntakeUpload of(MultipartFormDataInput input, long maxPhotoBytes) {
        String json = null;
        Map<String, byte[]> photos = new LinkedHashMap<>();
        for (Map.Entry<String, Collection<FormValue>> part : input.getValues().entrySet()) {
            if (part.getValue().size() != 1) {
                throw new InvalidSubmission(part.getKey(), "is a part name used more than once");
            }
            FormValue value = part.getValue().iterator().next();
            if (DISPUTE_PART.equals(part.getKey())) {
                json = new String(bytes(value, Long.MAX_VALUE, part.getKey()), StandardCharsets.UTF_8);
            } else {
                photos.put(part.getKey(), bytes(value, maxPhotoBytes, part.getKey()));
            }
        }
        if (json == null) {
            throw new InvalidSubmission(List.of(new InvalidSubmission.FieldError(DISPUTE_PART,
                    "the JSON part named 'dispute' is missing")));
        }
        return new IntakeUpload(json, photos);
    }

    private static byte[] bytes(FormValue value, long limit, String part) {
        if (!value.isFileItem()) {
            return value.getValue().getBytes(StandardCharsets.UTF_8);
        }
        try {
            if (value.getFileItem().getFileSize() > limit) {
                throw new PhotoPartRejected(part, new PhotoRejected(PhotoRejected.Reason.TOO_LARGE,
                        "larger than " + limit + " bytes"));
            }
            try (InputStream in = value.getFileItem().getInputStream()) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
