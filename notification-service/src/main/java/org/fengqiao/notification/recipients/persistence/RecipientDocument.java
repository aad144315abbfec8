package org.fengqiao.notification.recipients.persistence;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.fengqiao.events.notification.Channel;
import org.fengqiao.notification.recipients.model.QuietHours;
import org.fengqiao.notification.recipients.model.Recipient;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A recipient as stored; quiet hours as text ("22:00", "Asia/Shanghai"). */
@Document("recipients")
class RecipientDocument {

    @Id
    String id;
    String name;
    Recipient.Kind kind;
    String language;
    String email;
    String webhookUrl;
    List<Channel> mutedChannels;
    String quietFrom;
    String quietTo;
    String quietZone;
    boolean digest;

    static RecipientDocument of(Recipient r) {
        RecipientDocument d = new RecipientDocument();
        d.id = r.id();
        d.name = r.name();
        d.kind = r.kind();
        d.language = r.language();
        d.email = r.email();
        d.webhookUrl = r.webhookUrl();
        d.mutedChannels = r.preferences().mutedChannels();
        QuietHours quiet = r.preferences().quietHours();
        if (quiet != null) {
            d.quietFrom = quiet.from().toString();
            d.quietTo = quiet.to().toString();
            d.quietZone = quiet.zone().getId();
        }
        d.digest = r.preferences().digest();
        return d;
    }

    Recipient toRecipient() {
        QuietHours quiet = quietFrom == null ? null : new QuietHours(LocalTime.parse(quietFrom), LocalTime.parse(quietTo), ZoneId.of(quietZone));
        return new Recipient(id, name, kind, language, email, webhookUrl, new Recipient.Preferences(mutedChannels, quiet, digest));
    }
}
