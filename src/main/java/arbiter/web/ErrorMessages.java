package arbiter.web;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * The error pages' text, namespace {@code err} in templates; English in {@code messages/err_en.properties},
 * Chinese in {@code err_zh.properties}. Its own bundle, as {@link SupervisionMessages} explains.
 */
@MessageBundle(value = "err", locale = "en")
public interface ErrorMessages {

    String error_401_title();

    String error_401_text();

    String error_403_title();

    String error_403_text();

    String error_404_title();

    String error_404_text();

    String error_500_title();

    String error_500_text();

    String error_other_title();

    String error_other_text();

    String error_reference();

    String error_back_home();

    String error_503_title();

    String error_503_text();

    String error_input_title();

    String error_input_text(String field, String character);

    String error_input_back();

    String error_input_field(String character);

    String error_input_given_back();

    String error_input_send_again();

    String error_input_files();

    String field_body();

    String field_note();

    String field_rationale();

    String field_statement();

    String field_caption();

    String field_reason();

    String field_comment();

    String error_signin_title();

    String error_signin_text();

    String error_signin_unfinished_title();

    String error_signin_unfinished_text();

    String error_signin_again();
}
