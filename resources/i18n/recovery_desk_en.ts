<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApprovalsButton</name>
    <message numerus="yes">
        <source>%n offer(s) waiting for approval</source>
        <translation>
            <numerusform>%n offer waiting for approval</numerusform>
            <numerusform>%n offers waiting for approval</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackButton</name>
    <message numerus="yes">
        <source>Feedback: %n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plurals</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n open case</numerusform>
            <numerusform>%n open cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n earlier complaint(s)</source>
        <translation>
            <numerusform>%n earlier complaint</numerusform>
            <numerusform>%n earlier complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of typed text</source>
        <translation>
            <numerusform>%n piece of typed text</numerusform>
            <numerusform>%n pieces of typed text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unknown</source>
        <translation>
            <numerusform>%n unknown</numerusform>
            <numerusform>%n unknown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityTab</name>
    <message numerus="yes">
        <source>%n case(s) added to the review queue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
