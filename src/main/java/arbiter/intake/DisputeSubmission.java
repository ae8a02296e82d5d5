package arbiter.intake;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import arbiter.dispute.DisputeReason;
import arbiter.dispute.Party;

/**
 * An escalated dispute as the order platform sends it: the JSON part of {@code POST /api/v1/disputes}
 * (DESIGN.md, "Intake API"). Photos are referenced by the names of the multipart parts that carry them.
 * Amounts are minor units (fen). The limits keep one case readable and one request bounded.
 */
@Schema(name = "DisputeSubmission", description = "The JSON part of an escalation; any other field is refused", additionalProperties = Schema.False.class)
public record DisputeSubmission(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "may hold letters, digits and . _ : - only") String externalId,
        @NotNull @Valid OrderSnapshot order,
        @NotNull @Valid Buyer buyer,
        @NotNull @Valid Seller seller,
        @NotNull DisputeReason reason,
        @NotNull @Positive Long requestedRefund,
        @NotBlank @Size(max = 2000) String buyerStatement,
        @NotNull @Schema(enumeration = {
                "BUYER", "SELLER" }) Party escalatedBy,
        @NotNull @PastOrPresent OffsetDateTime escalatedAt,
        @NotNull @Size(max = 500) List<@NotNull @Valid ChatLine> chat,
        @NotNull @Size(max = 50) List<@NotNull @Valid EvidenceLine> evidence){

    @Schema(additionalProperties = Schema.False.class)
    public record OrderSnapshot(
            @NotBlank @Size(max = 32) String orderNo,
            @NotBlank @Size(max = 200) String itemTitle,
            @NotNull @Positive @Max(10_000_000_000L) Long amountPaid,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code") String currency,
            @NotNull @Past OffsetDateTime paidAt,
            @PastOrPresent OffsetDateTime shippedAt,
            @PastOrPresent OffsetDateTime deliveredAt) {
    }

    @Schema(additionalProperties = Schema.False.class)
    public record Buyer(@NotBlank @Size(max = 64) String id, @NotBlank @Size(max = 64) String nick) {
    }

    @Schema(additionalProperties = Schema.False.class)
    public record Seller(
            @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+", message = "may hold letters, digits and . _ - only") String shopId,
            @NotBlank @Size(max = 100) String shopName,
            @NotBlank @Email @Size(max = 254) String email) {
    }

    /** One message of the buyer–seller chat; {@code photos} names photo parts sent with it. */
    @Schema(additionalProperties = Schema.False.class)
    public record ChatLine(
            @NotNull @PastOrPresent OffsetDateTime at,
            @NotNull Party from,
            @NotNull @Size(max = 2000) String text,
            @Size(max = 9) List<@NotBlank String> photos) {

        public List<String> photoNames() {
            return photos == null ? List.of() : photos;
        }
    }

    /** A photo submitted as evidence by a party, with its caption. */
    @Schema(additionalProperties = Schema.False.class)
    public record EvidenceLine(@NotNull @Schema(enumeration = {
            "BUYER", "SELLER" }) Party party, @NotBlank String photo, @Size(max = 200) String caption){
    }
}
