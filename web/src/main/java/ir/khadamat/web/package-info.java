/**
 * What every face of the application shares: problem+JSON error bodies, JSON bodies read with limits, role and
 * origin checks in front of the resources, the JSON-B configuration, the user's language and messages, and the
 * Persian converters and display of the JSF pages.
 */
package ir.khadamat.web;
