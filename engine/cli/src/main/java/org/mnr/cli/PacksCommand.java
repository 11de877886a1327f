package org.mnr.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mnr.engine.MaturityEngine;
import java.nio.file.Path;
import org.mnr.engine.internal.pack.PackResources;
import org.mnr.engine.internal.pack.BaseFingerprints;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.mnr.engine.pack.BrokenPack;
import org.mnr.engine.pack.Pack;
import org.mnr.engine.pack.PackRules;
import org.mnr.engine.model.Criterion;
import org.mnr.engine.pack.PackDescriptor;
import org.mnr.engine.pack.Waiver;
import org.mnr.engine.result.ResultJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code mnr packs}: lists the installed packs and what each variant changes. */
@Command(
        name = "packs",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "List the installed packs (id, name, version, appliesTo, criteria) and what each variant adds, replaces and "
                + "waives.",
        footer = {"", "Exit codes: 0 done, 2 usage, 1 a pack cannot be loaded."})
final class PacksCommand implements Callable<Integer> {

    @Mixin
    private LanguageOption language;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "The form of the list: text (the default) or json.")
    private ListFormat format;

    @Mixin
    private PackOptions packOptions;

    @Spec
    private CommandSpec spec;

    /** The forms of the listing. */
    enum ListFormat {
        /** Lines for a person. */
        TEXT,
        /** JSON for tools. */
        JSON
    }

    /**
     * One pack as listed.
     *
     * @param id the pack id
     * @param name its name
     * @param version its version
     * @param kind base or variant
     * @param appliesTo the memberships a variant applies to
     * @param origin the jar or folder it was loaded from
     * @param source how it was named: {@code installed} (on the class path), {@code --pack}, {@code MNR_PACKS},
     *        {@code packs/} (the distribution's folder) or {@code --rules}
     * @param criteria how many criteria its rules define
     * @param adds the ids of the criteria a variant adds
     * @param replaces the ids of the base criteria a variant replaces
     * @param waives the base criteria a variant waives, with reasons
     * @param broken why a variant cannot be used with the base loaded; absent when it can
     */
    record Listed(String id, String name, String version, String kind, List<String> appliesTo, String origin, String source, int criteria,
            List<String> adds, List<String> replaces, List<Waiver> waives, @JsonInclude(JsonInclude.Include.NON_NULL) String broken,
            @JsonInclude(JsonInclude.Include.NON_NULL) String basis) {
    }

    @Override
    public Integer call() {
        MaturityEngine engine = packOptions.engine();
        List<InstalledPacks.Source> installed = packOptions.installed();
        List<Listed> packs = new ArrayList<>();
        for (PackRules rules : engine.packRules()) {
            PackDescriptor descriptor = rules.pack().descriptor();
            List<String> adds = new ArrayList<>();
            List<String> replaces = new ArrayList<>();
            if (descriptor.isVariant()) {
                for (Criterion criterion : rules.criteria()) {
                    (criterion.id().startsWith(descriptor.addedIdPrefix()) ? adds : replaces).add(criterion.id());
                }
            }
            packs.add(new Listed(descriptor.id(), descriptor.name(), descriptor.version(), descriptor.isVariant() ? "variant" : "base",
                    descriptor.appliesTo(), rules.pack().resources().origin(), source(rules.pack(), installed), rules.criteria().size(),
                    adds, replaces, rules.pack().waivers(), null, descriptor.basis()));
        }
        for (BrokenPack broken : engine.brokenPacks()) {
            Pack pack = broken.pack();
            PackDescriptor descriptor = pack.descriptor();
            // Its rules were never compiled, so what it defines comes from its criteria files alone.
            packs.add(new Listed(descriptor.id(), descriptor.name(), descriptor.version(), "variant", descriptor.appliesTo(),
                    pack.resources().origin(), source(pack, installed), pack.criteria().criteria().size(),
                    pack.criteria().adds().stream().map(c -> c.id()).toList(), pack.criteria().replaces().stream().map(c -> c.id()).toList(),
                    pack.waivers(), broken.reason(), descriptor.basis()));
        }
        PrintWriter out = spec.commandLine().getOut();
        Map<String, String> base = BaseFingerprints.of(engine.packs().get(0));
        if (format == ListFormat.JSON) {
            out.print(ResultJson.write(packs));
        } else {
            CliText text = CliText.of(CliLanguage.of(spec));
            // The labels of a language are padded to its longest, so that the values line up.
            List<String> keys = List.of("msg.packs.from", "msg.packs.basis", "msg.packs.broken-label", "msg.packs.adds", "msg.packs.replaces",
                    "msg.packs.waives");
            int width = keys.stream().mapToInt(k -> text.format(k).length()).max().orElse(0) + 1;
            java.util.function.Function<String, String> label = key -> "  " + String.format(java.util.Locale.ROOT, "%-" + width + "s", text.format(key));
            for (Listed pack : packs) {
                out.printf("%s %s  %s (%s%s), %s%n", pack.id(), pack.version(), pack.name(), pack.kind(),
                        pack.appliesTo().isEmpty() ? "" : text.format("msg.packs.applies-to", String.join(", ", pack.appliesTo())),
                        pack.broken() == null ? text.format("msg.packs.criteria", pack.criteria()) : text.format("msg.packs.broken"));
                out.println(label.apply("msg.packs.from") + pack.origin() + " (" + pack.source() + ")");
                if (pack.basis() != null) {
                    out.println(label.apply("msg.packs.basis") + pack.basis());
                }
                if (pack.broken() != null) {
                    out.println(label.apply("msg.packs.broken-label") + pack.broken());
                }
                pack.adds().forEach(id -> out.println(label.apply("msg.packs.adds") + id));
                pack.replaces().forEach(id -> out.println(label.apply("msg.packs.replaces") + id + against(base, id, text)));
                pack.waives().forEach(w -> out.println(label.apply("msg.packs.waives") + w.id() + ": " + w.reason() + against(base, w.id(), text)));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The fingerprint of a base criterion as it is now, for a variant's file to record what it was written against. */
    private static String against(Map<String, String> base, String id, CliText text) {
        // Criteria of the base's DRL rules have fingerprints too (BaseFingerprints), so a variant can record them.
        return base.containsKey(id) ? "  " + text.format("msg.packs.against", base.get(id)) : "";
    }

    /** How a pack was named, found by the place it was loaded from. */
    private static String source(Pack pack, List<InstalledPacks.Source> installed) {
        if (pack.resources() instanceof PackResources.InFolder folder) {
            Path path = folder.folder().toAbsolutePath().normalize();
            return installed.stream().filter(s -> path.startsWith(s.path().toAbsolutePath().normalize())).map(InstalledPacks.Source::how)
                    .findFirst().orElse("--rules");
        }
        Path origin = Path.of(pack.resources().origin()).toAbsolutePath().normalize();
        return installed.stream().filter(s -> origin.equals(s.path().toAbsolutePath().normalize())).map(InstalledPacks.Source::how)
                .findFirst().orElse("installed");
    }
}
