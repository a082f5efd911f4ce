package ir.khadamat.integration;

/**
 * What an exchange is done for: the case (its id and tracking code, null outside a case), the case's province, and
 * the user (or {@code system}) on whose behalf it is done. Every logged exchange carries it.
 */
public record ExchangeContext(Long caseId, String trackingCode, String provinceCode, String actor) {
}
