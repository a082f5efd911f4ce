package ir.khadamat.integration;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ExchangeValuesTest {

    @Test
    void anAnswerIsItsNamedValuesWithoutThePartnerAndOperationItEchoes() {
        assertEquals(Map.of("court", "شعبه ۳", "sentenceMonths", "12"), ExchangeValues.answer(
                "{\"partner\":\"judiciary-cms\",\"operation\":\"judicial-record\",\"court\":\"شعبه ۳\",\"sentenceMonths\":12}"));
    }

    @Test
    void noAnswerOrOneInWordsHasNoValues() {
        assertEquals(Map.of(), ExchangeValues.answer(null));
        assertEquals(Map.of(), ExchangeValues.answer("partner unavailable"));
        assertEquals(Map.of(), ExchangeValues.answer("{not json"));
    }
}
