package arbiter.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import arbiter.evidence.PhotoPipeline.ProcessedPhoto;

/**
 * Every photo of the {@link PhotoCorpus} through the pipeline: the display variant is the photo the party
 * took, upright and in sRGB, and the size kept is the upright one. JPEG with an EXIF orientation gets turned
 * and mirrored upright; ICC-tagged JPEG and PNG (Adobe RGB, Display P3) and YCCK JPEG get converted to sRGB;
 * every PNG colour type and bit depth gets its values, transparency on white, and a gAMA other than sRGB's
 * applied as browsers do; progressive, greyscale JPEG and lossless, animated WebP (first frame) are decoded.
 */
class PhotoCorpusTest {

    static final PhotoLimits LIMITS = new PhotoLimits() {
        @Override
        public long maxBytes() {
            return 10 << 20;
        }

        @Override
        public long maxPixels() {
            return 40_000_000;
        }

        @Override
        public int concurrentDecodes() {
            return 1;
        }

        @Override
        public int thumbnailEdge() {
            return 320;
        }

        @Override
        public int displayEdge() {
            return 1600;
        }
    };

    static List<PhotoCorpus.Entry> corpus() {
        return PhotoCorpus.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theDisplayedPhotoIsThePhotoThePartyTook(PhotoCorpus.Entry entry) throws IOException {
        ProcessedPhoto photo = new PhotoPipeline(LIMITS).process(entry.bytes());

        assertEquals(entry.width() + "×" + entry.height(), photo.width() + "×" + photo.height(), "size kept");
        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(photo.display().jpeg()));
        assertEquals(List.of(), PhotoCorpus.differences(entry, shown));
    }
}
