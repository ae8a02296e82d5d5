package arbiter.demo;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import arbiter.demo.DemoCatalog.Category;
import arbiter.demo.DemoCatalog.Item;
import arbiter.demo.DemoPhotos.Kind;
import arbiter.demo.DemoPhotos.Spec;
import arbiter.dispute.DisputeReason;
import arbiter.dispute.Party;

/**
 * The photos of one demo case, named photo-1, photo-2, … in the order they are taken. It only decides what
 * each photo shows; {@link DemoDisputes} renders them all at the end.
 */
final class DemoPhotoAlbum {

    /** A photo's part name, what it shows and who took it. */
    record Photo(String name, Kind kind, Party party) {
    }

    private final Category category;
    private final int colourIndex;
    private final Map<String, Photo> photos = new LinkedHashMap<>();
    private final Map<String, Spec> specs = new LinkedHashMap<>();
    private final Set<String> submitted = new HashSet<>();

    /** @param colourIndex the product's colour in the category palette */
    DemoPhotoAlbum(Category category, int colourIndex) {
        this.category = category;
        this.colourIndex = colourIndex;
    }

    /** Takes a photo and returns its part name. */
    String add(Random rnd, Kind kind, Party party, DisputeReason reason, Item item) {
        String name = "photo-" + (photos.size() + 1);
        specs.put(name, spec(rnd, kind, party, reason, item));
        photos.put(name, new Photo(name, kind, party));
        return name;
    }

    Photo photo(String name) {
        return photos.get(name);
    }

    /** The first photo {@code party} sent in the chat that no evidence line uses yet, or null. */
    Photo unsubmitted(Party party) {
        return photos.values().stream()
                .filter(photo -> photo.party() == party && !submitted.contains(photo.name()))
                .findFirst().orElse(null);
    }

    void markSubmitted(Photo photo) {
        submitted.add(photo.name());
    }

    /** Part name → what the photo shows, in the order the photos were taken. */
    Map<String, Spec> specsByName() {
        return specs;
    }

    private Spec spec(Random rnd, Kind kind, Party party, DisputeReason reason, Item item) {
        long seed = rnd.nextLong();
        if (kind == Kind.PRODUCT && party == Party.SELLER) {
            // Sellers reuse their listing photo: same item and colour, same picture in every case.
            seed = ((long) category.ordinal() << 32) | ((long) category.items.indexOf(item) << 8) | colourIndex;
        }
        int colour = colourIndex;
        if (kind == Kind.PRODUCT && party == Party.BUYER && reason == DisputeReason.NOT_AS_DESCRIBED) {
            // The buyer's photo shows the colour they say they got instead.
            colour = (colourIndex + 1) % category.palette.size();
        }
        return new Spec(kind, category.silhouette, category.palette.get(colour), seed);
    }
}
