#pragma once

#include "oht/packformat/manifestparser.h"
#include "oht/packformat/packfiles.h"
#include "oht/packformat/packvalidator.h"

#include <QSet>

namespace oht::packformat::detail {

class ManifestReader;

/// One validation of one pack: collects every finding, then sorts them.
class ValidationRun
{
public:
    ValidationRun(const PackFiles &files, QDate today, ManifestKind kind,
                  const QHash<QString, FileEntry> *actual, Checks checks = Checks::Standard);

    ValidationResult run();

private:
    void checkPaths();
    void checkReviewDate(ManifestReader &reader);
    void checkOutline(ManifestReader &reader);
    void checkLesson(const OutlineItem &item);
    void checkQuiz(const OutlineItem &item);
    void checkFilesList(ManifestReader &reader);
    void add(const QString &code, Severity severity, const QString &file, const QString &message,
             const QString &itemId = {}, int line = 0, int column = 0);
    void sortFindings();

    const PackFiles &m_files;
    QDate m_today;
    ManifestKind m_kind;
    const QHash<QString, FileEntry> *m_actual;
    Checks m_checks;
    ValidationResult m_result;
    QSet<QString> m_checkedLessons;
    QHash<QString, std::optional<Quiz>> m_parsedQuizzes; ///< by file
};

} // namespace oht::packformat::detail
