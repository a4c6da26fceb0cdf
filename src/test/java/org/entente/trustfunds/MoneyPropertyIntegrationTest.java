package org.entente.trustfunds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.entente.Http;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A property over random sequences of ledger lines in several currencies (seeded, so a failure replays): after
 * every line, the balances the API shows equal the sums of the lines to the cent, computed here independently
 * with the one rounding rule; and every disbursement or expenditure beyond cash received plus advances is
 * refused with 409, every other accepted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MoneyPropertyIntegrationTest {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  private static final Map<String, String[]> RATES = Map.of("EUR", new String[] {null}, "CHF", new String[] {"0.9312", "1.0471", "0.85"},
      "USD", new String[] {"0.9187", "1.1", "0.87654321"}, "JPY", new String[] {"0.0061", "0.00612345"}, "GBP", new String[] {"1.1712"});

  @Test
  void balancesAlwaysEqualTheSumOfTheLinesAndOverspendingIsAlwaysRefused() {
    var funds = new Funds(new Http(port));
    var lead = funds.coordinator("ESP");
    var agent = funds.agent("NSPA");
    var donor = funds.coordinator("DEU");
    for (long seed : new long[] {1L, 42L, 20260101L}) {
      var random = new Random(seed);
      var id = funds.implementing("JOR", "ESP", "NSPA", "Property fund " + seed + " " + UUID.randomUUID());
      var sums = new java.util.EnumMap<TransactionKind, BigDecimal>(TransactionKind.class);
      for (var k : TransactionKind.values()) sums.put(k, BigDecimal.ZERO.setScale(2));
      var currencies = new ArrayList<>(RATES.keySet());
      java.util.Collections.sort(currencies);
      for (int step = 0; step < 25; step++) {
        var kind = List.of(TransactionKind.PLEDGE, TransactionKind.RECEIPT, TransactionKind.RECEIPT, TransactionKind.IN_KIND,
            TransactionKind.DISBURSEMENT, TransactionKind.DISBURSEMENT, TransactionKind.EXPENDITURE, TransactionKind.EXPENDITURE,
            TransactionKind.ADVANCE).get(random.nextInt(9));
        var money = kind == TransactionKind.DISBURSEMENT || kind == TransactionKind.EXPENDITURE || kind == TransactionKind.ADVANCE;
        var currency = money ? "EUR" : currencies.get(random.nextInt(currencies.size()));
        var digits = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
        var amount = BigDecimal.valueOf(1 + random.nextInt(5_000_000), digits).max(BigDecimal.ONE);
        var rates = RATES.get(currency);
        var rate = rates[random.nextInt(rates.length)];
        var projectAmount = TrustFundLedger.convert(amount, rate == null ? BigDecimal.ONE : new BigDecimal(rate), "EUR");
        var as = switch (kind) {
          case PLEDGE -> donor;
          case RECEIPT, IN_KIND -> lead;
          case ADVANCE -> funds.staff;
          default -> agent;
        };
        var ceiling = sums.get(TransactionKind.RECEIPT).add(sums.get(TransactionKind.ADVANCE));
        var over = (kind == TransactionKind.DISBURSEMENT && sums.get(kind).add(projectAmount).compareTo(ceiling) > 0)
            || (kind == TransactionKind.EXPENDITURE && sums.get(kind).add(projectAmount).compareTo(ceiling) > 0);
        var response = funds.record(id, as, kind.name(), kind == TransactionKind.PLEDGE ? "DEU" : kind.fromDonor() ? "IRL" : null,
            amount.toPlainString(), currency, rate, null);
        if (over) {
          assertThat(response.status()).as("seed %d step %d: %s %s beyond %s", seed, step, kind, projectAmount, ceiling).isEqualTo(409);
        } else {
          assertThat(response.status()).as("seed %d step %d: %s", seed, step, response.body()).isEqualTo(201);
          assertThat(new BigDecimal(response.json().get("projectAmount").asString())).isEqualByComparingTo(projectAmount);
          sums.merge(kind, projectAmount, BigDecimal::add);
        }
        var balances = funds.detail(id, lead).get("balances");
        assertThat(new BigDecimal(balances.get("pledged").asString())).isEqualByComparingTo(sums.get(TransactionKind.PLEDGE));
        assertThat(new BigDecimal(balances.get("received").asString())).isEqualByComparingTo(sums.get(TransactionKind.RECEIPT));
        assertThat(new BigDecimal(balances.get("inKind").asString())).isEqualByComparingTo(sums.get(TransactionKind.IN_KIND));
        assertThat(new BigDecimal(balances.get("disbursed").asString())).isEqualByComparingTo(sums.get(TransactionKind.DISBURSEMENT));
        assertThat(new BigDecimal(balances.get("spent").asString())).isEqualByComparingTo(sums.get(TransactionKind.EXPENDITURE));
        assertThat(new BigDecimal(balances.get("advances").asString())).isEqualByComparingTo(sums.get(TransactionKind.ADVANCE));
        // and the database's own sums (the public summary) agree to the cent
        var summary = new Http(port).get("/api/v1/trust-funds/" + id).json().get("summary");
        assertThat(new BigDecimal(summary.get("spent").asString())).isEqualByComparingTo(sums.get(TransactionKind.EXPENDITURE));
        assertThat(new BigDecimal(summary.get("received").asString()))
            .isEqualByComparingTo(sums.get(TransactionKind.RECEIPT).add(sums.get(TransactionKind.IN_KIND)));
      }
    }
  }
}
