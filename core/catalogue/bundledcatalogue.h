#pragma once

// The catalogue that ships inside the program, and the user's copy of it.
//
// The build makes db/catalogue.sqlite from db/schema and db/seed and embeds it as a Qt
// resource (library eb_catalogue_bundle, linked through eb_catalogue). SQLite cannot open a
// resource, so on first run the file is copied to
// QStandardPaths::AppDataLocation/catalogue.sqlite ("the user's copy"), which is opened.
//
// Refresh rule: when the user's copy exists, it is replaced by the bundled one only if
//   (1) its catalogue_info 'build_id' differs from the bundled one (the program was updated
//       with different bundled data, or a different schema), and
//   (2) it holds no user records (user_record = 1 in any table), so nothing a user added is
//       ever overwritten, and
//   (3) its schema version is not newer than the bundled one (a newer program wrote it).
// A kept copy with an older schema version is migrated in place (one transaction), so that
// callers may open it read-only. A user's copy that is not a readable catalogue is left alone
// (the open that follows reports why); it is never deleted.

#include <QString>

namespace eb::catalogue {

// Sets organization "EvidenceBrowser" and application "evidence-browser" (the names behind
// QStandardPaths::AppDataLocation and QSettings). Both mains call it before anything else.
void setApplicationIdentity();

// The resource path of the embedded catalogue (":/eb/catalogue/catalogue.sqlite"), or an empty
// string when this executable was linked without the bundle.
QString bundledCataloguePath();

// AppDataLocation/catalogue.sqlite (the folder is not created here).
QString userCataloguePath();

enum class UserCatalogueAction
{
    Kept,      // the user's copy was already up to date (or holds user records)
    Copied,    // first run: the bundled catalogue was copied
    Refreshed, // the bundled catalogue replaced an older, unmodified copy
};

// Makes sure the user's copy exists, following the refresh rule above. Returns its path, or
// an empty string with *error set (no bundle linked, folder not writable, ...).
QString ensureUserCatalogue(QString *error = nullptr, UserCatalogueAction *action = nullptr);

} // namespace eb::catalogue
