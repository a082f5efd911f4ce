/**
 * The operator's settings (MicroProfile Config: system properties and environment variables), read in one way
 * everywhere.
 */
package ir.khadamat.settings;
