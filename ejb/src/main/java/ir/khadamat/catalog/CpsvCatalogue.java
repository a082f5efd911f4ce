package ir.khadamat.catalog;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The published catalogue as one harvestable DCAT-AP/CPSV-AP graph, a page at a time: a {@code dcat:Catalog} whose
 * {@code dcat:Dataset} has every published service ({@link CpsvExport}) as {@code dct:hasPart}, and the page as a
 * Hydra partial collection view (first, previous, next, last) so that a harvester can walk the whole catalogue.
 * Built with Apache Jena, which writes it as JSON-LD, Turtle or RDF/XML.
 */
public final class CpsvCatalogue {

    /** The formats served, by media type. */
    static final Map<String, RDFFormat> FORMATS = Map.of(
            CpsvExport.MEDIA_TYPE, RDFFormat.JSONLD11,
            "text/turtle", RDFFormat.TURTLE_PRETTY,
            "application/rdf+xml", RDFFormat.RDFXML_PRETTY);
    public static final int MAX_PAGE_SIZE = 500;

    static final String CATALOGUE = CpsvExport.URN + "catalogue";
    static final String DATASET = CATALOGUE + ":services";
    private static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    private static final String CPSV = "http://purl.org/vocab/cpsv#";

    private CpsvCatalogue() {
    }

    /**
     * @param cards   the published cards of this page
     * @param total   how many cards are published
     * @param page    this page's number, from 0
     * @param size    the page size
     * @param address the address of a page, given its number (the page's own address is its IRI)
     */
    static Model page(List<CardDetails> cards, long total, int page, int size, IntFunction<String> address) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("dcat", DCAT.NS).setNsPrefix("dct", DCTerms.NS).setNsPrefix("hydra", HYDRA)
                .setNsPrefix("cpsv", CPSV).setNsPrefix("cv", "http://data.europa.eu/m8g/")
                .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#").setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
                .setNsPrefix("kh", CpsvExport.VOCABULARY);
        Resource publisher = model.createResource(CpsvExport.URN + "agency:planning-organization")
                .addProperty(RDF.type, model.createResource("http://xmlns.com/foaf/0.1/Agent"))
                .addProperty(DCTerms.identifier, "planning-organization")
                .addProperty(DCTerms.title, "سازمان مدیریت و برنامه‌ریزی کشور", "fa")
                .addProperty(DCTerms.title, "Management and Planning Organization of Iran", "en");
        Resource dataset = described(model.createResource(DATASET), DCAT.Dataset, publisher,
                "شناسنامه‌های خدمات دستگاه‌های اجرایی", "Service identity cards of Iran's executive agencies",
                "خدمات منتشرشده، هر یک با شناسنامه خدمت آن (پیوست ۱)",
                "The published public services, each described by its service identity card (annex 1)")
                .addLiteral(model.createProperty(HYDRA, "totalItems"), total);
        described(model.createResource(CATALOGUE), DCAT.Catalog, publisher, "فهرست خدمات", "Khadamat public service catalogue",
                "فهرست خدمات عمومی دستگاه‌های اجرایی به صورت CPSV-AP", "The public services of Iran's executive agencies, in CPSV-AP")
                .addProperty(DCAT.dataset, dataset);
        for (CardDetails card : cards) {
            RDFParser.fromString(CpsvExport.of(card).toString(), Lang.JSONLD).parse(model.getGraph());
            dataset.addProperty(DCTerms.hasPart, model.createResource(CpsvExport.URN + "service:" + card.key()));
        }
        int last = total == 0 ? 0 : (int) ((total - 1) / size);
        Property view = model.createProperty(HYDRA, "view");
        Resource here = model.createResource(address.apply(page))
                .addProperty(RDF.type, model.createResource(HYDRA + "PartialCollectionView"))
                .addProperty(model.createProperty(HYDRA, "first"), model.createResource(address.apply(0)))
                .addProperty(model.createProperty(HYDRA, "last"), model.createResource(address.apply(last)));
        if (page > 0) {
            here.addProperty(model.createProperty(HYDRA, "previous"), model.createResource(address.apply(Math.min(page, last + 1) - 1)));
        }
        if (page < last) {
            here.addProperty(model.createProperty(HYDRA, "next"), model.createResource(address.apply(page + 1)));
        }
        dataset.addProperty(view, here);
        return model;
    }

    /** A catalogue or dataset: its type, publisher, and title and description in Persian and English. */
    private static Resource described(Resource resource, Resource type, Resource publisher, String titleFa, String titleEn,
                                      String descriptionFa, String descriptionEn) {
        return resource.addProperty(RDF.type, type).addProperty(DCTerms.publisher, publisher)
                .addProperty(DCTerms.title, titleFa, "fa").addProperty(DCTerms.title, titleEn, "en")
                .addProperty(DCTerms.description, descriptionFa, "fa").addProperty(DCTerms.description, descriptionEn, "en");
    }

    /** {@link #page} written as JSON-LD, Turtle or RDF/XML ({@code application/ld+json}, {@code text/turtle}, {@code application/rdf+xml}). */
    public static String write(List<CardDetails> cards, long total, int page, int size, IntFunction<String> address,
                               String mediaType) {
        return write(page(cards, total, page, size, address), FORMATS.get(mediaType));
    }

    static String write(Model model, RDFFormat format) {
        return RDFWriter.source(model).format(format).asString();
    }
}
