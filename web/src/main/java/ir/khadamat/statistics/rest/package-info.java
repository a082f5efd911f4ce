/** §5 of the cards measured from cases over REST: the figures, the dashboard and its Excel export. */
package ir.khadamat.statistics.rest;
