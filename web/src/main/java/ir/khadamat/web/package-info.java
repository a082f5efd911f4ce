/**
 * What every face of the application shares: the REST application and its problem+JSON error bodies,
 * the JSON-B configuration, the user's language and the Persian converters of the JSF pages.
 */
package ir.khadamat.web;
