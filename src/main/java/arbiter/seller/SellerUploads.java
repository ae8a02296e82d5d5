package arbiter.seller;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import arbiter.evidence.EvidenceRequests.SubmittedPhoto;
import arbiter.evidence.EvidenceRules;
import arbiter.evidence.PhotoPipeline;
import arbiter.evidence.PhotoRejected;
import io.quarkus.qute.TemplateData;

/**
 * Photos a seller sends from a form (an answer to a request, an appeal): the empty file fields dropped, each
 * photo checked and re-encoded by the photo pipeline, each paired with its caption. Anything wrong refuses the
 * whole upload, with a message key, before anything is written.
 */
@TemplateData(namespace = TemplateData.SIMPLENAME)
@ApplicationScoped
public class SellerUploads {

    public static final int CAPTION_MAX = 200;

    @Inject
    PhotoPipeline pipeline;

    @Inject
    EvidenceRules rules;

    /** An upload refused as a whole; {@code reason} says why. Nothing of it is stored. */
    static final class UploadRefused extends RuntimeException {

        /** Why: more photos than an answer may carry, or a photo too large or not a photo. */
        enum Reason {
            TOO_MANY,
            PHOTO_TOO_LARGE,
            PHOTO_INVALID
        }

        final Reason reason;

        UploadRefused(Reason reason) {
            super(reason.name());
            this.reason = reason;
        }
    }

    /** The flash saying why an upload was refused, on the seller's pages that take photos. */
    static String flashKey(UploadRefused.Reason reason) {
        return switch (reason) {
            case TOO_MANY -> "flash_seller_evidence_too_many";
            case PHOTO_TOO_LARGE -> "flash_seller_evidence_photo_large";
            case PHOTO_INVALID -> "flash_seller_evidence_photo_invalid";
        };
    }

    int photosMax() {
        return rules.photosPerAnswer();
    }

    List<SubmittedPhoto> photos(List<FileUpload> files, List<String> captions) {
        List<FileUpload> sent = files == null ? List.of() : files.stream().filter(f -> f.size() > 0).toList();
        if (sent.size() > rules.photosPerAnswer()) {
            throw new UploadRefused(UploadRefused.Reason.TOO_MANY);
        }
        List<SubmittedPhoto> processed = new ArrayList<>(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            String caption = captions != null && i < captions.size() && captions.get(i) != null
                    ? captions.get(i).strip()
                    : "";
            try {
                processed.add(new SubmittedPhoto(pipeline.process(Files.readAllBytes(sent.get(i).uploadedFile())),
                        caption.isEmpty() ? null : caption.substring(0, Math.min(caption.length(), CAPTION_MAX))));
            } catch (PhotoRejected rejected) {
                throw new UploadRefused(rejected.reason() == PhotoRejected.Reason.TOO_LARGE
                        ? UploadRefused.Reason.PHOTO_TOO_LARGE
                        : UploadRefused.Reason.PHOTO_INVALID);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return processed;
    }
}
