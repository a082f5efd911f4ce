package ir.khadamat.catalog.form;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;

/**
 * §6 نحوه دسترسی به خدمت: where the service is on the web, and how each of its four stages is delivered.
 *
 * @param webAddress  آدرس دقیق و مستقیم خدمت در وبگاه
 * @param systemName  نام سامانه مربوط به خدمت
 * @param information در مرحله اطلاع رسانی خدمت
 * @param request     در مرحله درخواست خدمت
 * @param production  مرحله تولید خدمت (فرایند داخل دستگاه یا ارتباط با دیگر دستگاه ها)
 * @param delivery    در مرحله ارائه خدمت
 */
@StageChannelsAllowed
public record Access(
        @Size(max = 500, message = "{card.size}") @WebAddress String webAddress,
        @Size(max = 500, message = "{card.size}") String systemName,
        @Valid StageChannel information,
        @Valid StageChannel request,
        @Valid StageChannel production,
        @Valid StageChannel delivery) {

    /** The electronic channels the form offers for the production stage (تولید خدمت). */
    public static final Set<ElectronicChannel> PRODUCTION_CHANNELS = EnumSet.of(ElectronicChannel.INTERNET,
            ElectronicChannel.INTRANET, ElectronicChannel.EMAIL, ElectronicChannel.OTHER);

    /** The channels the form offers for a stage. */
    public static Set<ElectronicChannel> channelsOffered(Stage stage) {
        return stage == Stage.PRODUCTION ? PRODUCTION_CHANNELS : EnumSet.complementOf(EnumSet.of(ElectronicChannel.INTRANET));
    }

    /** A stage by its name in the form. */
    public StageChannel stage(Stage stage) {
        return switch (stage) {
            case INFORMATION -> information;
            case REQUEST -> request;
            case PRODUCTION -> production;
            case DELIVERY -> delivery;
        };
    }

    /** The four stages in the order of the form; an absent stage is null. */
    public List<StageChannel> stages() {
        return Arrays.asList(information, request, production, delivery);
    }
}
