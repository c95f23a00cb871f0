#pragma once

#include <QLabel>

// The reason a field's value is wrong, in red right under the field; hidden while there is none.
class ProblemLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ProblemLabel(QWidget *parent = nullptr);

    void setProblem(const QString &problem);
    QString problem() const { return m_problem; }
    bool hasProblem() const { return !m_problem.isEmpty(); }

private:
    QString m_problem;
};
