#pragma once

#include "appsettings.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;

// Edits a copy of the preferences; the caller saves and applies settings() on accept.
// Shows the memory the history limits imply as they change.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const AppSettings &settings, QWidget *parent = nullptr);

    AppSettings settings() const;

    // For the memory estimate: how many topics and series to assume.
    static constexpr int AssumedTopics = 1000;
    static constexpr int AssumedSeries = 100;

private:
    void updateMemory();

    AppSettings m_original;
    QComboBox *m_language;
    QSpinBox *m_historyDepth;
    QSpinBox *m_logSize;
    QSpinBox *m_payloadKiB;
    QSpinBox *m_seriesPoints;
    QComboBox *m_timeFormat;
    QLabel *m_memory;
    QLabel *m_languageNote;
};
