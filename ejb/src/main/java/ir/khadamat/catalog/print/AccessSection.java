package ir.khadamat.catalog.print;

import ir.khadamat.catalog.form.Access;
import ir.khadamat.catalog.form.DeliveryMode;
import ir.khadamat.catalog.form.ElectronicChannel;
import ir.khadamat.catalog.form.OfficeLevel;
import ir.khadamat.catalog.form.PresenceReason;
import ir.khadamat.catalog.form.Stage;
import ir.khadamat.catalog.form.StageChannel;
import ir.khadamat.markup.Xhtml;

import java.util.List;
import java.util.Set;

import static ir.khadamat.catalog.print.FormXhtml.label;

/**
 * §6 of annex 1, how the service is reached: the web address and the system, then a row per stage (information,
 * request, production, delivery) with its delivery mode and, beside it, the electronic channels the stage offers and
 * why a visit in person is needed.
 */
final class AccessSection {

    /** What the form adds to the web address and the system name. */
    private static final String IF_ELECTRONIC = "در صورت الکترونیکی بودن همه یا بخشی از آن";

    private final FormXhtml f;
    private final Xhtml x;

    AccessSection(FormXhtml f) {
        this.f = f;
        this.x = f.x;
    }

    void access(Access access) {
        Access a = access != null ? access : new Access(null, null, null, null, null, null);
        x.raw("<table>");
        f.sectionRow(label("access"), 3);
        x.raw("<tr><td class=\"label\">").text(label("access.webAddress") + " " + IF_ELECTRONIC)
                .raw("</td><td colspan=\"2\">");
        f.latin(a.webAddress());
        x.raw("</td></tr><tr><td class=\"label\">").text(label("access.systemName") + " " + IF_ELECTRONIC)
                .raw("</td><td class=\"value\" colspan=\"2\">");
        f.value(a.systemName());
        x.raw("</td></tr>");
        x.raw("<tr>").element("th", null, label("access.stage")).element("th", null, label("access.stage.mode"))
                .element("th", null, label("access.stage.channels")).raw("</tr>");
        for (Stage stage : Stage.values()) {
            stage(stage, a.stage(stage));
        }
        x.raw("</table>");
    }

    private void stage(Stage stage, StageChannel channel) {
        StageChannel c = channel != null ? channel : new StageChannel(null, null, null, null, null, null, null, null);
        x.raw("<tr><td class=\"stage\">").text("مرحله " + stage.persianLabel());
        if (stage == Stage.PRODUCTION) {
            x.raw("<div class=\"hint\">").text("(فرایند داخل دستگاه یا ارتباط با دیگر دستگاه‌ها)").raw("</div>");
        }
        x.raw("</td><td class=\"mode\">");
        for (DeliveryMode mode : DeliveryMode.values()) {
            f.optionLine(mode, c.mode() == mode);
        }
        if (c.mode() == null) {
            f.unknown();
        }
        x.raw("</td><td>");
        // electronic
        x.raw("<div class=\"sub\">").element("span", "sub-title", DeliveryMode.ELECTRONIC.persianLabel() + ":").raw(" ");
        Set<ElectronicChannel> offered = Access.channelsOffered(stage);
        f.options(List.copyOf(offered), c.channels());
        x.raw("</div>");
        if (c.otherChannel() != null && !c.otherChannel().isBlank()) {
            f.sub(label("access.stage.otherChannel"), c.otherChannel());
        }
        if (offered.contains(ElectronicChannel.COUNTER_OFFICE)) {
            x.raw("<div class=\"sub\">").text(label("access.stage.counterOfficeContractNumber") + ": ");
            f.digits(c.counterOfficeContractNumber());
            x.raw("</div><div class=\"sub\">").text(label("access.stage.counterOfficeSimilarTitles") + ": ");
            f.value(c.counterOfficeSimilarTitles());
            x.raw("</div>");
        }
        // non-electronic
        x.raw("<div class=\"sub\">").element("span", "sub-title", DeliveryMode.NON_ELECTRONIC.persianLabel() + " — "
                + label("access.stage.presenceReasons") + ":").raw(" ");
        if (stage == Stage.PRODUCTION) {
            // the form gives the production stage only a line to write the reason on
            f.value(c.presenceReasonNote());
            x.raw("</div>");
        } else {
            f.choices(PresenceReason.class, c.presenceReasons());
            x.raw("</div>");
            if (c.presenceReasonNote() != null && !c.presenceReasonNote().isBlank()) {
                f.sub(label("access.stage.presenceReasonNote"), c.presenceReasonNote());
            }
            x.raw("<div class=\"sub\">").element("span", "sub-title", label("access.stage.officeLevels") + ":").raw(" ");
            f.choices(OfficeLevel.class, c.officeLevels());
            x.raw("</div>");
        }
        x.raw("</td></tr>");
    }
}
