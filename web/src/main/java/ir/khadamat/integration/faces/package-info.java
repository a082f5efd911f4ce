/** The exchange log page for admins ({@code workspace/exchanges.xhtml}): read only. */
package ir.khadamat.integration.faces;
