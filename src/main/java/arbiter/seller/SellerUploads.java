package arbiter.seller;

import arbiter.evidence.EvidenceRequests.SubmittedPhoto;
import arbiter.evidence.EvidenceRules;
import arbiter.evidence.PhotoPipeline;
import arbiter.evidence.PhotoRejected;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Photos a seller sends from a form (an answer to a request, an appeal): the empty file fields dropped, each
 * photo checked and re-encoded by the photo pipeline, each paired with its caption. Anything wrong refuses the
 * whole upload, with a message key, before anything is written.
 */
@ApplicationScoped
class SellerUploads {

    static final int CAPTION_MAX = 200;

    @Inject
    PhotoPipeline pipeline;

    @Inject
    EvidenceRules rules;

    /** An upload refused as a whole; the message key says why. */
    static final class UploadRefused extends RuntimeException {
        final String messageKey;

        UploadRefused(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }
    }

    int photosMax() {
        return rules.photosPerAnswer();
    }

    List<SubmittedPhoto> photos(List<FileUpload> files, List<String> captions) {
        List<FileUpload> sent = files == null ? List.of() : files.stream().filter(f -> f.size() > 0).toList();
        if (sent.size() > rules.photosPerAnswer()) {
            throw new UploadRefused("flash_seller_evidence_too_many");
        }
        List<SubmittedPhoto> processed = new ArrayList<>(sent.size());
        for (int i = 0; i < sent.size(); i++) {
            String caption = captions != null && i < captions.size() && captions.get(i) != null
                    ? captions.get(i).strip() : "";
            try {
                processed.add(new SubmittedPhoto(pipeline.process(Files.readAllBytes(sent.get(i).uploadedFile())),
                        caption.isEmpty() ? null : caption.substring(0, Math.min(caption.length(), CAPTION_MAX))));
            } catch (PhotoRejected rejected) {
                throw new UploadRefused(rejected.reason() == PhotoRejected.Reason.TOO_LARGE
                        ? "flash_seller_evidence_photo_large" : "flash_seller_evidence_photo_invalid");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return processed;
    }
}
