package kumiki.cli;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Only what ships: ArchUnit's own option skips this module's test classes but not the test jars
 * other modules lend (the board emulator, the seeded data), which are not the app.
 */
public final class ProductionCode implements ImportOption {
    @Override
    public boolean includes(Location location) {
        return new DoNotIncludeTests().includes(location) && !location.contains("-tests.jar")
                && !location.contains("/test-classes/");
    }
}
