/** The units (prisons, offices) of the provinces over REST. */
package ir.khadamat.tenancy.rest;
