package arbiter.mail;

import io.quarkus.qute.i18n.MessageBundle;

/**
 * What every mail says: its greeting and signature: namespace {@code mail} in templates; English in
 * {@code messages/mail_en.properties}, Chinese in
 * {@code messages/mail_zh.properties}.
 */
@MessageBundle(value = "mail", locale = "en")
public interface MailMessages {

    String mail_escalated_greeting(String shopName);

    String mail_signature();
}
