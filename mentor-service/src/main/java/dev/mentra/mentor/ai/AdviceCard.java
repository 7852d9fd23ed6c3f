package dev.mentra.mentor.ai;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One piece of an AI mentor's curated knowledge; the engine retrieves the most relevant to ground answers. */
@Entity
@Table(name = "advice_card")
public class AdviceCard {

    @Id
    public String id;

    @Column(name = "mentor_id", nullable = false)
    public String mentorId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    @Column(nullable = false)
    public String[] tags = {};
}
