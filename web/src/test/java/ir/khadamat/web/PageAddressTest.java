package ir.khadamat.web;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageAddressTest {

    @Test
    void aFormPostsBackToTheAddressOfWhatItShows() {
        assertEquals("/k/card.xhtml?id=prisoner-visits",
                PageAddress.withParameters("/k/card.xhtml", Map.of("id", "prisoner-visits")));
        assertEquals("/k/workspace/case.xhtml?code=1234567890123452",
                PageAddress.withParameters("/k/workspace/case.xhtml", Map.of("code", " 1234567890123452 ")));
    }

    @Test
    void anAddressThatNamesItAlreadyOrNothingToNameIsLeftAlone() {
        assertEquals("/k/card.xhtml?id=a", PageAddress.withParameters("/k/card.xhtml?id=a", Map.of("id", "b")));
        assertEquals("/k/inbox.xhtml", PageAddress.withParameters("/k/inbox.xhtml", Map.of("q", "x", "id", " ")));
        assertEquals("/k/edit.xhtml?key=a+b%26c", PageAddress.withParameters("/k/edit.xhtml", Map.of("key", "a b&c")));
    }
}
