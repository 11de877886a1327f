package org.mnr.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Command-line slips are said in the evaluator's words, with the likely meaning: a variant in the wrong case, an
 * unknown option or command, a value outside an option's choices, an out-of-range number; each exits 2.
 */
class CliMessagesTest {

    private static final String CORDESSA = Engines.FIXTURES.resolve("xc-cordessa-2026.json").toString();

    private static CliRun mistake(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.exit()).as(String.join(" ", args) + ": " + run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("picocli");
        return run;
    }

    @Test
    void aVariantInTheWrongCaseGetsADidYouMeanInEveryCommandThatTakesOne() {
        for (String[] args : new String[][] {
            {"score", "--variant", "CoE", CORDESSA},
            {"validate", "--variant", "CoE", CORDESSA},
            {"plan", "--variant", "CoE", CORDESSA},
            {"template", "--variant", "CoE"},
            {"catalogue", "--variant", "CoE"},
        }) {
            assertThat(mistake(args).err()).as(String.join(" ", args))
                    .contains("unknown variant 'CoE' (did you mean 'coe'?); installed variants: asean, au, coe, eu");
        }
        assertThat(mistake("score", "--variant", "ASEAN", CORDESSA).err()).contains("did you mean 'asean'?");
        assertThat(mistake("score", "--variant", "asian", CORDESSA).err()).contains("did you mean 'asean'?");
    }

    @Test
    void variantsRunTogetherAreToldHowToGiveSeveral() {
        assertThat(mistake("score", "--variant", "eu,coe", CORDESSA).err())
                .contains("unknown variant 'eu,coe' (give each variant its own option: --variant eu --variant coe)");
    }

    @Test
    void anUnknownOptionGetsADidYouMean() {
        CliRun run = mistake("score", "--formt", "json", CORDESSA);
        assertThat(run.err()).startsWith("mnr: unknown option '--formt'; did you mean --format?")
                .contains("Run 'mnr score --help' for usage.");
    }

    @Test
    void anUnknownCommandGetsADidYouMean() {
        assertThat(mistake("scor", CORDESSA).err()).startsWith("mnr: 'scor' is not a command of mnr; did you mean score?");
        assertThat(mistake("frobnicate").err()).startsWith("mnr: 'frobnicate' is not a command of mnr; its commands: ")
                .contains("score").contains("template");
    }

    @Test
    void aValueOutsideAnOptionsChoicesNamesThemAndTheLikelyOne() {
        assertThat(mistake("score", "--format", "htm", CORDESSA).err())
                .startsWith("mnr: --format takes one of json, text, html, md, csv, pdf, not 'htm'; did you mean 'html'?");
        assertThat(mistake("template", "--format", "xslx").err()).contains("--format takes one of json, xlsx, not 'xslx'; did you mean 'xlsx'?");
    }

    @Test
    void outOfRangeAndNonNumericNumbersAreUsageErrors() {
        assertThat(mistake("plan", "--capability", "99", CORDESSA).err()).contains("--capability").contains("1 to 21");
        assertThat(mistake("plan", "--capability", "0", CORDESSA).err()).contains("1 to 21");
        assertThat(mistake("plan", "--capability", "abc", CORDESSA).err()).startsWith("mnr: --capability takes a whole number, not 'abc'");
        assertThat(mistake("plan", "--top", "0", CORDESSA).err()).contains("--top");
        assertThat(mistake("aggregate", "--min-group", "1", Engines.FIXTURES.toString()).err()).contains("--min-group");
    }
}
