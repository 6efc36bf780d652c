// English and other foreign first names (for donors', consultants', researchers', volunteers' and
// foreign clients' names in English text).
import { words } from "./words.js";

/** Common English first names, women's and men's, and the English names women take for work (Lily, Candy, Destiny). */
export const ENGLISH_FIRST_NAMES: readonly string[] = words(`
  Abigail Ada Alice Alison Amanda Amber Amy Andrea Angela Ann Anna Anne April Ashley Audrey Barbara
  Beth Betty Brenda Carol Caroline Catherine Charlotte Chloe Christina Christine Claire Clara Cynthia
  Deborah Debra Denise Diana Diane Donna Dorothy Eleanor Elizabeth Ella Ellen Emily Emma Erin Eva
  Evelyn Fiona Frances Grace Hannah Heather Helen Holly Isabel Isabella Jane Janet Jennifer Jenny
  Jessica Joan Joanna Joy Judith Julia Julie June Karen Kate Katherine Kathleen Kathryn Kelly
  Kimberly Laura Lauren Linda Lisa Lucy Lydia Margaret Maria Marie Martha Mary Megan Melissa
  Michelle Molly Nancy Natalie Nicole Olivia Pamela Patricia Rachel Rebecca Rose Ruth Sally
  Samantha Sandra Sarah Sara Sharon Sophia Sophie Stephanie Susan Teresa Victoria Virginia Wendy Jess Bella
  Lily Lilly Daisy Ruby Crystal Candy Cherry Angel Stella Luna Mia Kira Roxy Vicky Jasmine Jade
  Scarlett Bianca Monica Vanessa Veronica Tiffany Britney Brittany Destiny Melanie Naomi Leah Zoe Chelsea
  Paige Kayla Alexis Taylor Madison Ava Harper Layla Nora Hazel Violet Penelope Aria Ellie Lucia Sofia
  Gabriella Adriana Carmen Mercy Precious Blessing Favour Honey
  Becky Becca Kat Katie Kathy Cathy Liz Lizzie Meg Maggie Annie Abby Debbie Jen Jenn Steph Mandy Cindy Jackie Lexi
  Aaron Adam Alan Albert Alex Alexander Andrew Anthony Arthur Ben Benjamin Bill Brian Bruce Carl
  Charles Chris Christian Christopher Daniel David Dennis Donald Douglas Edward Eric Ethan Frank
  Gary George Gerald Gregory Harry Henry Jack Jacob James Jason Jeffrey Jeremy Jerry Joe John
  Jonathan Joseph Joshua Justin Keith Kenneth Kevin Larry Lawrence Liam Louis Luke Mark Martin
  Matthew Michael Mike Nathan Neil Nicholas Noah Oliver Patrick Paul Peter Philip Raymond Richard
  Robert Roger Ronald Russell Ryan Samuel Scott Sean Simon Stephen Steven Thomas Timothy Tom Tony
  Walter William Tim Dave Steve Jim Bob Nick Sam Joe Dan Matt Rob Greg Jeff Pete Ted Ken Ron
`);

/**
 * First names of the foreigners the texts name: clients from the oil fields and abroad, volunteers,
 * donors' staff (German, Dutch, Nordic, French, Italian, Spanish, Turkish, Georgian, Armenian), as
 * English text writes them. None is a common English word.
 */
export const FOREIGN_FIRST_NAMES: readonly string[] = words(`
  Rick Ricky Dieter Klaus Jürgen Jurgen Hans Wolfgang Günter Gunter Helmut Horst Manfred Stefan Jens
  Lukas Tobias Florian Sebastian Matthias Markus Andreas Thorsten Torsten Sven Lars Nils Jonas Niels Pieter
  Joost Sander Bram Ruud Henk Willem Maarten Ingrid Birgit Heike Ulrike Anke Katrin Katja Silke Dagmar
  Sabine Petra Monika Jutta Lieke Sanne Femke Anouk Marieke Eline Maartje Ingeborg Astrid Sigrid Solveig
  Freya Annika Elin Henrik Magnus Anders Erik Olaf Gunnar Bjorn Björn Fredrik Mikael Jacques
  Jean Louis François Francois Olivier Nicolas Mathieu Julien Antoine Camille Élodie Elodie Margaux
  Giovanni Giuseppe Marco Luca Matteo Alessandro Francesco Lorenzo Giulia Chiara Federica Alessia Javier
  Carlos Miguel Pablo Diego Alejandro Jorge Mateo Elena Paula Mehmet Ahmet Mustafa Emre Burak Murat
  Hakan Kemal Selin Elif Zeynep Guram Givi Zurab Tamaz Levan Giorgi Nino Tamuna Ketevan
  Ashot Aram Hovhannes Tigran Vardan Gohar Anahit Lusine Arpine Raj Ravi Priya Anil Deepak Sanjay
  Hiroshi Takeshi Kenji Yuki Tomasz Piotr Krzysztof Agnieszka Kasper Jeren Rajesh Surayyo Mehrangiz
`);
